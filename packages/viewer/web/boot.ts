// Page entry: first the request for the view the URL names (first-view.ts), then the rest of the page,
// loaded as a second chunk that draws the view once both are in.
import './style.css';
import './first-view.js';

await import('./main.js');
