import { render } from 'preact';
import { ListApp } from '@/components/list/ListApp';
import { useSettings } from '@/components/common/useSettings';
import { answerListFocus } from '@/utils/platform/navigation';
import '@/components/common/theme.css';
import '@/components/list/list.css';
import { t, uiDir, uiLocale } from '@/utils/platform/i18n';

function Page() {
  // Applies the user's theme to <html>; the list itself does not need the settings.
  useSettings();
  return <ListApp />;
}

// "Reading list" in a view brings this tab forward instead of opening another list.
answerListFocus();
document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDir();
document.title = t('listTitle');
render(<Page />, document.getElementById('app')!);
