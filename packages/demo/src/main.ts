import '@qiaoxin/tokens/tokens.css';
import '@qiaoxin/components';
import './demo.css';
