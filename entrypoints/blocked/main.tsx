import { render } from 'preact';
import { BlockedPage } from '../../components/blocked/BlockedPage';
import '../../components/shared/base.css';
import '../../components/blocked/blocked.css';

render(<BlockedPage />, document.getElementById('app')!);
