import { render } from 'preact';
import { GuidePage } from '../../components/guide/GuidePage';
import '../../components/shared/base.css';
import '../../components/guide/guide.css';

render(<GuidePage />, document.getElementById('app')!);
