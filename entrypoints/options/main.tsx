import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/shared/base.css';
import '../../components/options/options.css';

render(<Options />, document.getElementById('app')!);
