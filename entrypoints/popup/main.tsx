import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup';
import { FINDING_CSS } from '../../components/finding-css';
import '../../components/pages.css';

document.head.append(Object.assign(document.createElement('style'), { textContent: FINDING_CSS }));
createRoot(document.getElementById('root')!).render(<Popup />);
