import { render } from 'preact';
import { ReportPage } from '../../components/report/ReportPage';
import '../../components/shared/base.css';
import '../../components/report/report.css';

render(<ReportPage />, document.getElementById('app')!);
