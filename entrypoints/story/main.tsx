import { render } from 'preact';
import { StoryApp } from '@/components/story/StoryApp';
import { useSettings } from '@/components/common/useSettings';
import { getLibrary } from '@/utils/platform/library';
import '@/components/common/theme.css';
import '@/components/story/story.css';
import { t, uiDir, uiLocale } from '@/utils/platform/i18n';

// story.html?id=ID: one story of the reading list.
const id = new URLSearchParams(location.search).get('id') ?? '';

function Page() {
  useSettings();
  return <StoryApp id={id} library={getLibrary()} />;
}

document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDir();
document.title = t('storyPageTitle');
render(<Page />, document.getElementById('app')!);
