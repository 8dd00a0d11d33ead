import { render } from 'preact';
import { SkillsPage } from '../../components/skills/SkillsPage';
import '../../components/shared/base.css';
import '../../components/skills/skills.css';

render(<SkillsPage />, document.getElementById('app')!);
