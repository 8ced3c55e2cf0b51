// Autodocs read every table and control from packages/components/custom-elements.json.
// Storybook's web-components renderer files every row of an element under one key per
// name, so an attribute and a CSS part both called "label" would overwrite each other, an
// unnamed (default) slot would be dropped, and private fields would be listed. This module
// reshapes the manifest so each row keeps its own key; the words all stay the manifest's.
import type {
  ArgTypesEnhancer,
  InputType,
  SBType,
  StrictInputType,
} from 'storybook/internal/types';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  summary?: string;
  fieldName?: string;
  attribute?: string;
  type?: { text: string };
  [key: string]: unknown;
}

interface Declaration extends Item {
  tagName?: string;
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  events?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n\n');

function prepareElement(element: Declaration): Declaration {
  const attributes = element.attributes ?? [];
  const fields = new Set(attributes.map((a) => a.fieldName));
  return {
    ...element,
    description: join(element.summary, element.description),
    // Public instance fields without an attribute: those set only from JavaScript.
    members: (element.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        (m.privacy ?? 'public') === 'public' &&
        !m.name.startsWith('#') &&
        !fields.has(m.name),
    ),
    attributes: attributes.map((a) => ({
      ...a,
      description:
        a.fieldName && a.fieldName !== a.name
          ? join(a.description, `Property: \`${a.fieldName}\`.`)
          : a.description,
    })),
    slots: (element.slots ?? []).map((s) => ({
      ...s,
      name: s.name ? `slot="${s.name}"` : '(default slot)',
    })),
    cssParts: (element.cssParts ?? []).map((p) => ({ ...p, name: `::part(${p.name})` })),
  };
}

/** The manifest with each custom element reshaped for Storybook's tables. */
export function prepareManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((d) =>
        d.customElement ? prepareElement(d) : d,
      ),
    })),
  };
}

const literal = /^'([^']*)'$/;

/** The control and Storybook type for an attribute or property, from its TypeScript type. */
function inferred(typeText: string): Pick<InputType, 'control' | 'options'> & { type: SBType } {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length > 1 && parts.every((p) => literal.test(p))) {
    const options = parts.map((p) => literal.exec(p)?.[1] ?? p);
    return { control: { type: 'select' }, options, type: { name: 'enum', value: options } };
  }
  if (parts.length === 1 && parts[0] === 'boolean')
    return { control: { type: 'boolean' }, type: { name: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number')
    return { control: { type: 'number' }, type: { name: 'number' } };
  return { control: { type: 'text' }, type: { name: 'string' } };
}

function withControl(argType: StrictInputType): StrictInputType {
  switch (argType.table?.category) {
    case 'attributes':
    case 'properties': {
      const guess = inferred(argType.table.type?.summary ?? 'string');
      // What a story file says about an arg wins over what is read from its type.
      return {
        ...argType,
        type: guess.type,
        control: argType.control ?? guess.control,
        options: argType.options ?? guess.options,
      };
    }
    case 'css custom properties':
      // Enhancers run after Storybook normalises controls, so controls are objects here.
      return {
        ...argType,
        control: argType.control ?? {
          type: /-(color|background)$/.test(argType.name) ? 'color' : 'text',
        },
      };
    case 'slots':
    case 'css shadow parts':
    case 'events':
      return { ...argType, control: false };
    default:
      return argType;
  }
}

/**
 * Gives every manifest row a sensible control: attributes and properties by type, CSS custom
 * properties as text (the preview applies them), and none for slots, parts and events.
 */
export const manifestControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [name, withControl(argType)]),
  );
