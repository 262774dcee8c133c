import '@mantine/core/styles.css';
import './console.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/query-client.js';
import { I18nProvider } from './i18n/i18n.js';
import { router } from './router.js';
import { rememberIdentity } from './api/session.js';

// Shade 8 and a darker "dimmed" keep text at WCAG AA contrast (axe checks it on every screen).
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, respectReducedMotion: true, defaultRadius: 'md', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' });

rememberIdentity(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
