import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadMessages } from '../src/i18n';

// Screens load the full catalogue lazily in the app; tests have it from the start.
await loadMessages();

afterEach(() => {
  cleanup();
});
