import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { installErrorReports, loadStartPreferences } from './app/desktopPreferences';
import { initI18n } from './i18n';

// networkMode 'always': the register is local, so the OS's idea of "offline" must not stall calls.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false },
    mutations: { networkMode: 'always', retry: false },
  },
});

// The desktop app's preferences (language, last user name) come from main; the host keeps the
// language in localStorage.
installErrorReports(window, window.samordna);
await initI18n(await loadStartPreferences(window.samordna, window.localStorage));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
