import { describe, expect, it } from 'vitest';
import { check, DEFAULT_POLICY, type Policy } from '../../lib/checker';

const policy: Policy = {
  ...DEFAULT_POLICY,
  reviewedTopics: [
    { name: 'Station Road car park', aliases: ['station rd car park'], note: 'Consultation open until March' },
    { name: 'St Giles churchyard wall' },
    { name: 'Precept' },
  ],
};
const topicsIn = (text: string) => check(text, policy).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));

describe('reviewed topics come from the policy and match as people write them', () => {
  it.each([
    ['The Station Rd car park is full again', 'Station Rd car park'],
    ['STATION ROAD CAR PARKS should be free', 'STATION ROAD CAR PARKS'],
    ['parking at the car park on Station Road', 'car park on Station Road'],
    ['Saint Giles churchyard walls are crumbling', 'Saint Giles churchyard walls'],
    ['Precepts are set in January', 'Precepts'],
  ])('%j mentions %j', (text, words) => {
    expect(topicsIn(text)).toEqual([words]);
  });

  it.each([
    ['Recreation ground plans', 'The recreation ground is flooded again', 'The recreation ground plans are a done deal', 'recreation ground plans'],
    ['Memorial hall scheme', 'Coffee morning at the memorial hall on Friday', 'The memorial hall scheme is going ahead', 'memorial hall scheme'],
    ['Community centre project', 'The community centre quiz is on Friday', 'The community centre project has been scrapped', 'community centre project'],
    ['Sports field proposals', 'Football on the sports field on Sunday', 'The sports field proposals are awful', 'sports field proposals'],
    ['The garden centre site', "The garden centre's Christmas grotto opens Saturday", 'The garden centre site is being sold for houses', 'garden centre site'],
  ])('a topic named after an everyday place, %j, keeps its head word: not %j, but %j', (name, place, topic, words) => {
    const one: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name }] };
    const found = (text: string) => check(text, one).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));
    expect(found(place)).toEqual([]);
    expect(found(topic)).toEqual([words]);
  });

  it('reads a plural in -ies as its stem in -y ("quarry lorries" for "quarry lorry")', () => {
    const lorries: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Quarry lorry' }] };
    const found = (text: string) => check(text, lorries).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));
    expect(found('Quarry lorries again this morning, 47 before 9am')).toEqual(['Quarry lorries']);
    expect(found('The lorries from the quarries were early')).toEqual(['lorries from the quarries']);
  });

  it.each(['Station Road is closed', 'The car park at the school is full', 'St Giles church fete on Saturday'])('%j does not', (text) => {
    expect(topicsIn(text)).toEqual([]);
  });

  it.each([
    ['Library closures across the county are a scandal', true],
    ["So the library's closing? Shameful.", true],
    ['The library is closed on Monday for staff training', false],
    ['The library is shut over Christmas, back on the 2nd', false],
    ['The library is closed for the Christmas parade from 2 till 4', false],
    ['The library closed for good in March, and nobody asked us', true],
  ])('a closure under review: %j mentions it: %s', (text, mentions) => {
    const closure: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Library closure' }] };
    expect(check(text, closure).some((f) => f.category === 'single-voice')).toBe(mentions);
  });

  it.each([
    ["The skatepark's got to go", true],
    ['Skateparks attract kids from all over', true],
    ['The kids were skating on the frozen pond', false],
    ['Lovely walk round the park today', false],
  ])('an alias of two words closed up into one: %j mentions it: %s', (text, mentions) => {
    const skate: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Rothwell skate park', aliases: ['skate park'] }] };
    expect(check(text, skate).some((f) => f.category === 'single-voice')).toBe(mentions);
  });

  it('names the topic and its note in the message', () => {
    const [f] = check('Station Road car park again!', policy).filter((x) => x.category === 'single-voice');
    expect(f?.message).toContain('Station Road car park');
    expect(f?.message).toContain('Consultation open until March');
  });

  it('finds nothing when the council has no reviewed topics', () => {
    expect(check('Station Road car park', DEFAULT_POLICY).some((f) => f.category === 'single-voice')).toBe(false);
  });

  it('follows categories switched off in the policy', () => {
    const off: Policy = { ...policy, disabledCategories: ['single-voice', 'abuse'] };
    const cats = check('Station Road car park, you idiot', off).map((f) => f.category);
    expect(cats).not.toContain('single-voice');
    expect(cats).not.toContain('abuse');
  });
});

describe('a topic named by its street and a generic head', () => {
  const site: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Glapthorn Road site', aliases: ['GlapthornRoad'] }] };
  const found = (text: string) => check(text, site).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));

  it.each([
    ['The Glapthorn Road site is up for sale', 'Glapthorn Road site'],
    ['Any news on the Glapthorn Road plans?', 'Glapthorn Road plans'],
    ['Glapthorn Road housing, again', 'Glapthorn Road housing'],
    ['#GlapthornRoad', 'GlapthornRoad'],
  ])('%j mentions it', (text, words) => {
    expect(found(text)).toEqual([words]);
  });

  it.each(['Is the Glapthorn Road footpath open again after the flooding?', 'Mrs Glapthorn has won the raffle'])('%j does not', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a name made only of development words and small words', () => {
  // "flats application" and "the flats" name one development, not every application, question or house.
  const flats: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Thurmaston Road flats', aliases: ['flats application', 'the flats'] }] };
  const found = (text: string) => check(text, flats).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));

  it.each([
    ['The flats application was refused', 'flats application'],
    ['Lots of comments on the flats post', 'flats'],
    ['Thurmaston Road flats: objections close Friday', 'Thurmaston Road flats'],
  ])('%j mentions it', (text, words) => {
    expect(found(text)).toEqual([words]);
  });

  it.each(['Christmas quiz question for you all', 'The new houses on the estate look lovely', 'An application for a dropped kerb'])('%j does not', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('official contacts are not personal information', () => {
  it("accepts the configured Clerk's address and the council's domain", () => {
    const p: Policy = { ...DEFAULT_POLICY, clerkEmail: 'clerk@oakley-pc.org.uk' };
    expect(check('Email clerk@oakley-pc.org.uk or the office', p).some((f) => f.category === 'personal-info')).toBe(false);
    expect(check('Email info@desboroughtowncouncil.gov.uk', DEFAULT_POLICY)).toEqual([]);
  });
});

describe('a topic named by the people of it', () => {
  // "-eer" makes the people of a thing: the allotmenteers of Huntingdon Road are the allotments' business.
  const plots: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Huntingdon Road allotments' }] };
  const found = (text: string) => check(text, plots).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));

  it('"allotmenteers on Huntingdon Road" mentions it', () => {
    expect(found('Thank you to the allotmenteers on Huntingdon Road for the veg boxes.')).toEqual(['allotmenteers on Huntingdon Road']);
  });

  it('an allotment elsewhere does not', () => {
    expect(found('My grandad had an allotment in Kettering for forty years.')).toEqual([]);
  });
});

describe('a topic word and the person who works it', () => {
  // "-er" makes a person, not the thing: the Hall's gardener is not the Hall gardens.
  const gardens: Policy = { ...DEFAULT_POLICY, reviewedTopics: [{ name: 'Greatford Hall gardens', aliases: ['Hall gardens'] }] };
  const found = (text: string) => check(text, gardens).filter((f) => f.category === 'single-voice').map((f) => text.slice(f.start, f.end));

  it('"the Hall\'s gardens" mentions it', () => {
    expect(found("The Hall's gardens are being sold off.")).toEqual(["Hall's gardens"]);
  });

  it('"the Hall\'s gardener" does not', () => {
    expect(found("The Hall's gardener has retired after forty years.")).toEqual([]);
  });
});
