import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../search.js';
import { part, parts } from '../test-utils/index.js';
import { describeElement } from '../test-utils/suite.js';
import { active, input, render, root, settled, type } from '../test-utils/search.js';

// Moving through the results with the keyboard, submitting, and closing the results.
describeElement('<qx-search> keyboard and closing', function () {
  it('moves through the results with the arrow keys; Escape closes and returns to the field', async () => {
    const el = await render();
    await type(el, '侨联');
    await settled(el, 'all');
    const links = [...parts(el, 'link'), part(el, 'all')!];
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el) === links[0]).to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el) === links[1]).to.be.true;
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el) === input(el)).to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'ArrowDown' });
    expect(active(el) === links.at(-1)).to.be.true; // stops at the last
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
    expect(active(el) === input(el)).to.be.true;
    await sendKeys({ press: 'ArrowDown' }); // reopens
    await el.updateComplete;
    expect(active(el) === parts(el, 'link')[0]).to.be.true;
  });

  it('lets Enter submit the form as usual', async () => {
    const el = await render();
    let submitted: boolean | undefined;
    root(el)
      .querySelector('form')!
      .addEventListener('submit', (e) => {
        submitted = !e.defaultPrevented;
        e.preventDefault(); // stay on the test page
      });
    input(el).focus();
    await sendKeys({ type: '侨联' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.be.true;
  });

  it('closes on a click outside, not inside, and when focus leaves', async () => {
    const el = await render();
    await type(el, '五年工作回顾');
    await settled(el);
    const press = (target: Element) =>
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    press(part(el, 'excerpt')!);
    await el.updateComplete;
    expect(part(el, 'panel')).not.to.equal(null);
    press(document.body);
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
    await type(el, '五年工作');
    await settled(el);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
    outside.remove();
  });
});
