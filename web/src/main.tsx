import '@mantine/core/styles.css';
import './components/global.css';
import { catalogReady } from './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// The first screen's texts in the visitor's language: already there in French, fetched in English.
await catalogReady();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
