import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/theme.css';
import '@/components/reader/reader.css';
import { t, uiDir, uiLocale } from '@/utils/platform/i18n';

document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDir();
document.title = t('optTitle');
render(<OptionsApp />, document.getElementById('app')!);
