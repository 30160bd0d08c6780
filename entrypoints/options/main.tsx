import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/common/theme.css';
import '@/components/reader/reader.css';

render(<OptionsApp />, document.getElementById('app')!);
