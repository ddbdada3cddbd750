import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default light palette puts body-sized text below the 4.5:1 contrast WCAG AA asks for
 * (blue 6, red 6 and gray 6 on white). Quorum uses the darker shades instead.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  focusRing: 'auto',
  defaultRadius: 'sm',
  // Plain objects rather than `Anchor.extend(…)`: importing a component to set its defaults would
  // bring it (and the password field's code) to every page, the phone's too.
  components: {
    // Links must not rely on colour alone to stand out from the text around them.
    Anchor: { defaultProps: { underline: 'always' } },
    // Every field of Quorum's forms is required, so the asterisk would only clutter labels that
    // browser tests and screen readers read out; `required` still sets aria-required.
    TextInput: { defaultProps: { withAsterisk: false } },
    PasswordInput: { defaultProps: { withAsterisk: false } },
    NativeSelect: { defaultProps: { withAsterisk: false } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (currentTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': currentTheme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': currentTheme.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': currentTheme.colors.gray[7] ?? '#495057',
    '--mantine-color-anchor': currentTheme.colors.blue[9] ?? '#1864ab',
  },
  dark: {},
});
