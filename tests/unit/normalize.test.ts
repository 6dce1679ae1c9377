import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { deepView, liteView } from '../../lib/checker/normalize';
import { CheckContext } from '../../lib/checker/context';
import { DEFAULT_POLICY } from '../../lib/checker/policy';

const slice = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('text views keep a map to the original characters', () => {
  it('folds fullwidth letters, ligatures, accents, curly quotes and odd spaces', () => {
    const v = liteView('Ｖｏｔｅ ﬁne café\u00a0“ok” it’s');
    expect(v.text).toBe('vote fine cafe "ok" it\'s');
    expect(v.starts.length).toBe(v.text.length);
  });

  it('drops zero-width characters but maps around them', () => {
    const original = 'a f\u200bu\u200bc\u200bk mess';
    const v = liteView(original);
    expect(v.text).toBe('a fuck mess');
    const at = v.text.indexOf('fuck');
    expect(original.slice(v.starts[at]!, v.ends[at + 3]!)).toBe('f\u200bu\u200bc\u200bk');
  });

  it.each([
    ["I'm on t'council for thee, not for misen", "i'm on the council for you, not for myself"],
    ["Tha's a proper gobshite. Nobody wants owt to do wi' thee", "you're a proper gobshite. nobody wants anything to do with you"],
    ['gonna tell u what ppl think, cos I dunno', 'going to tell you what people think, because i dont know'.replace('dont', "don't")],
    ['tbh the council r gonna approve it', 'tbh the council are going to approve it'],
    ["T'council's sellin' t'old baths, I'm tellin' thee", "the council's selling the old baths, i'm telling you"],
    ["Yon fella's bin short-changin' folk, ah'm tellin ye, 'e don't care", "that fella's bin short-changing folk, i'm telling you, he don't care"],
    // After a hyphen only a dropped g is put back: "e-u" and "x-ye" keep their letters.
    ['an e-u form, the x-ye axis', 'an e-u form, the x-ye axis'],
    ["'E's 'ad enough, 'ow sad, the 'ole lot", "he's 'ad enough, how sad, the whole lot"],
    // Left alone: a quotation opened with a single mark ('is this legal?', 'as long as…'), which a dropped h would misread.
    ["She asked 'is this legal?' and he said 'as long as it's safe'", "she asked 'is this legal?' and he said 'as long as it's safe'"],
    // Left alone: a word in quote marks ('Berlin'), and plurals' apostrophes.
    ["the 'Berlin' wall and the kids' toys", "the 'berlin' wall and the kids' toys"],
    ["statements like 'women are vermin' are hateful", "statements like 'women are vermin' are hateful"],
    // Left alone: inside words, before a hyphen or a dot, spaced-out letters, and "don't".
    ['u3a, a U-turn, the U.S., f u c k, thank u x, don\'t', 'u3a, a u-turn, the u.s., f u c k, thank u x, don\'t'],
  ])('reads dialect and chat spellings as standard words: %j', (typed, read) => {
    const v = liteView(typed);
    expect(v.text).toBe(read);
    expect(v.starts.length).toBe(v.text.length);
  });

  it('maps an expanded word back to exactly the word typed', () => {
    const typed = "Can't say owt about t'closed session";
    const v = liteView(typed);
    const at = v.text.indexOf('anything');
    expect(typed.slice(v.starts[at]!, v.ends[at + 'anything'.length - 1]!)).toBe('owt');
    const the = v.text.indexOf('the closed');
    expect(typed.slice(v.starts[the]!, v.ends[the + 'the closed'.length - 1]!)).toBe("t'closed");
  });

  it('undoes leetspeak, stretched and spaced-out letters in the deep view', () => {
    expect(deepView(liteView('sh1t')).text).toBe('shit');
    expect(deepView(liteView('SHUUUUT UPPPP')).text).toBe('shut up');
    expect(deepView(liteView('s h i t show')).text).toBe('shit show');
    expect(deepView(liteView('07700 900318')).text).toBe('07700 900318');
    // One spacer throughout: the article before a hyphenated word stays a word of its own.
    expect(deepView(liteView("you're a c-o-c-k")).text).toBe("you're a cock");
    // Text-speak's one-letter words are not a word spelled out: "u r a" stays three words.
    expect(deepView(liteView('u r a clown')).text).toBe('u r a clown');
    expect(deepView(liteView('r u a councillor?')).text).toBe('r u a councillor?');
  });
});

describe('findings point at the words the user typed', () => {
  it.each([
    ['What a f\u200bu\u200bc\u200bking mess', 'f\u200bu\u200bc\u200bking'],
    ['SHUUUUT UPPPP already', 'SHUUUUT UPPPP'],
    ['Ｖｏｔｅ Ｌａｂｏｕｒ on Thursday', 'Ｌａｂｏｕｒ'],
    ['🎉🎉 you are an idiot 🎉', 'you are an idiot'],
    ['Those p@kis at the shop are overcharging', 'p@kis'],
    ["Tha's a proper gobshite, thee.", "Tha's a proper gobshite"],
  ])('in %j', (text, words) => {
    const spans = check(text).map((f) => slice(text, f));
    expect(spans).toContain(words);
  });

  it('never returns offsets outside the text or splitting a surrogate pair', () => {
    const texts = ['😀 Cllr Ann Lee here 😀', '\ud800 broken surrogate idiot', 'ﷺ idiot', '𝐕𝐨𝐭𝐞 𝐋𝐚𝐛𝐨𝐮𝐫 now'];
    for (const text of texts) {
      for (const f of check(text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThan(f.end);
        const c = text.charCodeAt(f.start);
        expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
      }
    }
  });
});

describe('sentences', () => {
  const sentencesOf = (text: string) => {
    const ctx = new CheckContext(text, DEFAULT_POLICY);
    return ctx.sentences.map(([a, b]) => ctx.lite.text.slice(a, b).trim());
  };

  it.each([
    // A house number's or a title's full stop is not a sentence's end.
    ['My neighbour at no. 7 has been poorly. Please help.', ['my neighbour at no. 7 has been poorly.', 'please help.']],
    ['Mrs. Hart and Dr. Shah came. Thanks both!', ['mrs. hart and dr. shah came.', 'thanks both!']],
    // "No." answering is a sentence of its own.
    ['No. The council never agreed that.', ['no.', 'the council never agreed that.']],
  ])('splits %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
