// The prompts of create-qiaoxin-site: what it asks for each value the flags did not give, and
// again until the answer is valid.
import { createInterface } from 'node:readline/promises';
import { checkField, CreateSiteError } from './index.js';
import { checkPrimary } from './primary.js';

export const questions = {
  id: '区县代号 District id, used in URLs (lower-case letters, digits and -, e.g. jinshan): ',
  nameZh: '中文名称 Chinese name (e.g. 上海市金山区归国华侨联合会): ',
  nameEn: 'English name (e.g. Jinshan District Federation of Returned Overseas Chinese): ',
  primary: '主色 Primary colour, any CSS colour (e.g. #00606b, teal, oklch(45% 0.12 200)): ',
};

const offer = (/** @type {string} */ colour) => `改用 ${colour}？Use ${colour} instead? [Y/n] `;

/**
 * Asks for every missing value, again until the answer is valid.
 * @param {Record<string, string | undefined>} values what the flags gave
 * @param {(question: string) => Promise<string>} ask one question, one answer
 * @param {{ dir: string, say?: (line: string) => void }} context
 */
export async function promptMissing(values, ask, { dir, say = () => {} }) {
  const result = { ...values };
  for (const field of Object.keys(questions)) {
    if (result[field]?.trim()) continue;
    for (;;) {
      const answer = (await ask(questions[field])).trim();
      const problem = checkField(field, answer, { dir });
      if (!problem) {
        result[field] = answer;
        break;
      }
      say(problem);
      // The build's nearest passing colour is offered as the default answer.
      const nearest = field === 'primary' ? checkPrimary(answer)?.nearest : undefined;
      if (nearest && /^(|y|yes|是|好)$/i.test((await ask(offer(nearest))).trim())) {
        result[field] = nearest;
        break;
      }
    }
  }
  return result;
}

/** `ask` over a readline interface; rejects if the input ends before an answer. */
export function readlineAsk(input, output) {
  const rl = createInterface({ input, output, terminal: Boolean(output.isTTY) });
  let closed = false;
  const ended = new Promise((_, reject) =>
    rl.once('close', () => {
      closed = true;
      reject(
        new CreateSiteError([
          '输入在所有值给出之前结束 / the input ended before every value was given',
        ]),
      );
    }),
  );
  ended.catch(() => {});
  const ask = (question) => {
    if (closed) return ended;
    return Promise.race([rl.question(question), ended]);
  };
  return { ask, close: () => rl.close() };
}
