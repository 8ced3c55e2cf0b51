import React from 'react';

const h = React.createElement;

/**
 * `qx-<widget>`: Decap's own widget, with the build's message for its field shown beside it
 * and given to Decap by `isValid` (so the save is refused), as generated top-level fields use.
 */
export function registerCheckedWidgets(CMS, validation, words) {
  for (const base of [
    'string',
    'text',
    'markdown',
    'select',
    'datetime',
    'image',
    'file',
    'list',
    'object',
    'number',
    'boolean',
  ]) {
    const widget = CMS.getWidget(base);
    if (!widget) continue;
    const Control = widget.control;
    class Checked extends React.Component {
      constructor(props) {
        super(props);
        this.inner = React.createRef();
        this.isValid = this.isValid.bind(this);
      }
      componentDidMount() {
        this.off = validation.subscribe(() => this.forceUpdate());
        validation.schedule(this.props.entry);
      }
      componentDidUpdate(previous) {
        if (previous.entry !== this.props.entry) validation.schedule(this.props.entry);
      }
      /**
       * Decap's Widget asks its control (this) whether to re-render: the inner widget's own
       * answer when it has one (the file widget re-renders for a picture just chosen), Decap's
       * default otherwise.
       */
      shouldComponentUpdate(next) {
        const inner = this.inner.current;
        if (inner && typeof inner.shouldComponentUpdate === 'function')
          return inner.shouldComponentUpdate(next);
        const p = this.props;
        return (
          p.value !== next.value ||
          p.classNameWrapper !== next.classNameWrapper ||
          p.hasActiveStyle !== next.hasActiveStyle
        );
      }
      componentWillUnmount() {
        this.off?.();
      }
      isValid() {
        const name = this.props.field.get('name');
        if (validation.pending()) return { error: { type: 'CUSTOM', message: words.checking } };
        const message = validation.errorFor(name);
        if (message) return { error: { type: 'CUSTOM', message } };
        const own = this.inner.current?.isValid;
        return typeof own === 'function' ? own.call(this.inner.current) : true;
      }
      render() {
        const name = this.props.field.get('name');
        const message = validation.errorFor(name);
        const control = h(Control, {
          ...this.props,
          ref: typeof Control === 'function' && Control.prototype?.render ? this.inner : undefined,
        });
        return h(
          'div',
          { 'data-qx-field': name },
          control,
          message &&
            h(
              'p',
              {
                role: 'alert',
                'data-qx-error': name,
                style: { color: '#b00020', margin: '6px 0 0', fontSize: '14px' },
              },
              message,
            ),
        );
      }
    }
    CMS.registerWidget(`qx-${base}`, Checked, widget.preview);
  }
}
