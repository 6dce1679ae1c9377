import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { phrases } from '../lexicon';
import lexicon from '../lexicons/copyright.json';
import { phraseRule } from '../phrase-rule';

const CREDITED = phrases(lexicon.credited);
// Credit is not permission: a paper's article copied whole is reported even when the paper is named.
const COPIED_WHOLE = phrases(lexicon.copiedWhole);

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Here are the full lyrics to 'Fairytale of New York' for the carol sing-along, print them off!",
    "The whole lyrics of the song are below, sing along!",
    "Lovely photo of the castle mound in the frost, pinched from a photographer's Instagram, hope she doesn't mind 😬",
    "Nicked this from someone's Facebook page, what a view!",
    "Copied and pasted from this week's Harborough Mail, credit to them: 'Residents were left fuming...'",
    "Copy and paste from the Evening Telegraph, all credit to the reporter.",
    "Credit to the Echo, I've copied the whole article below as it's behind a paywall.",
    "Great photo of the church in the snow from the Northants Live page, look at it!",
    "@pilotpete loved your photos, so I've put them on the village page. Hope you don't mind! 😅",
    "This thread from @NorthantsHistory is too good not to copy out in full 👇 1/ In 1887 the town…",
    "This is from a post I saw in another group and it sums it up: 'Villages like ours run on tea and volunteers.'",
    "Full lyrics of 'Last Christmas' below for the carol-karaoke, sing up!",
    "Someone's put the whole of the new Harry Potter audiobook in our village group chat. Enjoy, folks!",
    "Saw this on someone's page and nicked it, too good not to share: 'Be kind, it costs nothing.'",
    "Found this lovely video of the hunt meet on Boxing Day 1970 on someone's YouTube, the village hasn't changed a bit!",
    "Lifted this recipe straight out of Mary Berry's book, don't tell her 😂 Christmas cake sorted!",
    "Found this photo of the village in 1910 on a genealogy site and had to share! Look at the old forge.",
    "Here's the whole of the Northampton Chronicle's report on the flooding so nobody needs an account to read it.",
    "Copy of the Herald's feature below so you don't need a subscription.",
    "Here's the whole of Pam Ayres's poem about Christmas, typed out from the book so you can all enjoy it ❤️",
    "I nicked this photo from my sister's page, she won't mind 😂",
    "Sharing this week's Chronicle front page so you don't have to buy it 😉",
    "Here's the full episode of Countryfile that featured our village, I've uploaded it to my page so everyone can watch.",
    "Here's a video I found on TikTok of the flooding, no idea who filmed it:",
    "Found this cracking pic of the abbey on a photographer's page, nabbed it, hope 'e don't mind.",
    "Photo borrowed from a local group, if it's yours give me a shout and I'll credit you.",
    "This is a great thread, copying it here in full so it doesn't get lost.",
    "Someone on Facebook wrote this and it's so true I had to share it: 'A village is only as strong as the people who turn up...'",
    "Took this video from someone's Snapchat story, crazy driving on the A6!",
    "Credit to the original poster, whoever you are.",
    "This isn't mine but I couldn't have said it better.",
    "Can't find who drew it but this cartoon is brilliant.",
    "Whoever took this photo, it's stunning, sharing it here.",
    "Taken from someone's Instagram, hope they don't mind!",
    "Retweeting this, no idea who made the graphic.",
    "Screenshotted the county's press release so you can all read it.",
    "Stole this tiktok, it's literally our high street 😂",
    "Screenshotting this whole thread for the group chat.",
    "Lifted this whole piece from the Evening Telegraph, it says it all.",
    "Pasting the developer's whole brochure below since they've taken it off their site.",
    "This poem made me cry so I've typed it all out below. Don't know her name.",
    "This was doing the rounds in another group and I had to share it.",
    "Not mine, saw it on a Corby page, but what a photo of the steelworks.",
    "Couldn't resist sharing this cartoon from the Telegraph, it's us!",
    "Saw this in another group and had to repost it, sorry to whoever made it.",
    "Pinched this, can't remember where it's from, but it made me cry.",
    "Not my video but had to share it, the floods on the A6.",
    "\"The town's history is written in its stone, in the rag and slate that cap its rooftops, in the alleys and yards that the tourists never find, in the chapel bells that still ring out every Sunday across the water meadows and beyond, as they have done for five centuries and will for five more.\" Gorgeous isn't it.",
    "Saw this cartoon in the Private Eye, it's us to a T! (photo of the page below)",
    "Not mine, pinched off a Kettering page, but so true.",
    "It was sent to me and I've no idea where it's from originally, so I've put the whole thing in the comments.",
    "Grabbed this drone shot of the town off a video on YouTube.",
    "Screenshotted the whole Telegraph article so you don't have to pay for it.",
    "Picture pinched from the Northants Live Facebook page, hope they don't mind.",
    "I didn't write this, found it doing the rounds on WhatsApp, but it's so true.",
    "Whoever took this photo, it's stunning, hope you don't mind me borrowing it!",
    "Reposted from the Pyrford Parish page because they said it better than I could.",
    "Reposting this cartoon from Private Eye because it's us exactly",
    "Stealing this from a friend's post because it's too funny not to share",
    "Credit to whoever made this, I can't remember where I saw it.",
    "Saw this lovely poem about autumn on someone's page and had to share it.",
    "Copied and pasted from a friend's page, couldn't have said it better",
    'Found this photo online of the church in the snow',
    'Not my words but worth reading',
    'Saw this on another group and nicked it',
    "Here's the full text of the article since it's behind a paywall",
    'reposting this meme I found, no idea who made it',
  ],
  pass: [
    "Carol sheets with the lyrics are at the church for the sing-along.",
    "Borrowed a ladder from the farm, thanks Pete, the lights are up!",
    "Lovely photo shared from the Scouts' Facebook page, with their permission.",
    "Screenshots of the bus timetable changes below, for anyone not on the company's app.",
    "Screenshots of the village hall's Facebook events below, for anyone not on Facebook!",
    "Credit to the Echo for a fair write-up of the fete; the link is in the comments.",
    "Copied and pasted from the council's own website: bins are a day late next week.",
    "Credit to the Telegraph's photographer for the fete pictures, linked below.",
    "Lovely photos from the Scouts page of the bonfire, go and have a look!",
    "Great photo of the church in the snow from the Northants Live page, shared with permission. Thanks, Northants Live!",
    "Lovely photos from the Scouts' page of the bonfire, go and have a look on their page.",
    "@pilotpete loved your photos! Mind if I put them on the village page, with credit?",
    "Copy out in full? No need, the minutes are on the website.",
    "The minutes are long, so I won't copy them out: they're on the website.",
    "Saw a post in the Scouts' group about the bottle drive: it's on Saturday, bring your empties!",
    "Lyrics sheets for the carol service will be handed out at the door.",
    "The library has put the whole series of the new Harry Potter audiobooks on the Libby app to borrow.",
    "Borrowed from the Nottingham Post with thanks: their photo of the floods at the bridge.",
    "copied this from the county councils page: road closures over xmas, see link",
    "The Glen Gazette has the full story of the pantomime, link in the comments.",
    "Pinched this idea from Great Glen's Facebook page (with their blessing!): a village advent window trail. Who's in?",
    "Saw this on my sister's page and she said I could share it: 'Be kind, it costs nothing.'",
    "Screenshot of the county's road closure map below, it's on their website too (link in comments).",
    "Found this photo of the village in 1910 in my grandad's album, he took it himself with his first camera.",
    "You don't need a subscription to read the Herald's report on the flooding, it's free online.",
    "I've typed up my own notes from the meeting, they're on the noticeboard.",
    "The whole of Bugbrooke's Christmas parade is on Saturday, floats from 2pm!",
    "Reet, who's nicked t'photo of t'parsonage off me page and put it in t'Keighley News wi'out asking?",
    "Here's the recipe so you don't have to buy the book, my nan's own Christmas cake, handed down 💕",
    "I've uploaded the photos I took at the fete to my page, help yourselves!",
    "Bring a flask so you don't have to buy coffee at the match 😂",
    "No idea who took this photo of the 1953 floods, it's from Nan's album, does anyone recognise the street?",
    "No idea who filmed the nativity this year, can whoever it was send it to the school office?",
    "Reposting from the Parish Council's own page: bin day changes over Christmas.",
    "Nabbed a table at the Bell for the quiz, hope nobody minds us being loud!",
    "Photo taken from the church tower by our Sam, isn't it lovely?",
    "Someone on Facebook asked what makes a village strong, and I wrote this reply: the people who turn up.",
    "Took this video on my dashcam, sent it to the police.",
    "This bike isn't mine, found it by the bus stop, is it yours?",
    "Whoever took the parcel in for number 4, thank you!",
    "Taken from my own garden this morning, the first snowdrops.",
    "Full text of the vicar's Christmas message below, she asked me to share it.",
    "Stole this photo from my own camera roll, the lights last year!",
    "Lifted the whole bench back into place with Dave's help, it's level now.",
    "The council's whole budget report is on its website, link below.",
    "I typed out the minutes for the WI as usual, they're on the noticeboard.",
    "This video of the flypast is doing the rounds on the village WhatsApp, I took it from my garden!",
    "Not mine, I found it on the bus, is anyone missing a blue glove?",
    "Sharing this poster from the parish council about the carol service.",
    "Had to share the news: our Beth passed her driving test!",
    "Screenshot of the new bus times, from the Stagecoach website, link in the reply.",
    "Can't remember where I parked, can anyone see a blue Fiesta near the church?",
    "My video of the floods on the A6 this morning, take care.",
    "Hi all, hope you don't mind me posting: has anyone seen a grey cat near the church?",
    "\"The town's history is written in its stone, in the rag and slate that cap its rooftops, in the alleys and yards that the tourists never find, in the chapel bells that still ring out every Sunday across the water meadows and beyond, as they have done for five centuries.\" — Margaret Bell, in her new book.",
    "Saw this cartoon in today's paper, credit Matt in the Telegraph.",
    "Pinched my neighbour's ladder for the gutters, thanks Dave!",
    "No idea where the noise was from last night, anyone else hear it?",
    "Borrowed these chairs from the church hall for the quiz, thank you!",
    "The full article is in today's Telegraph, well worth buying a copy.",
    "Great cartoon in this week's Private Eye, worth buying a copy.",
    'Photo credit: Camera Club, shared with their kind permission',
    'The parish newsletter is out, copy attached.',
    'Share freely the council posts about the fete.',
    'Found my keys, thanks all!',
  ],
};

const copiedPhrases = phraseRule({
  id: 'copyright/uncredited-copy',
  category: 'copyright',
  severity: 'info',
  message:
    "This looks like someone else's material shared without credit or permission. Link to the original or name the source, and share only what you have permission to share.",
  patterns: lexicon.copied,
  keep: (ctx: CheckContext) => !ctx.mentions(CREDITED) || ctx.mentions(COPIED_WHOLE),
});

// A long passage in quotation marks with nobody named as its source, before or after it.
const LONG_QUOTE = /"[^"\n]{200,3000}"/g;
const SOURCE_AFTER = /^\s*(?:[-–—]\s*\S|[,.]?\s*(?:by|from|said|says|wrote|writes|according to|source|via|credit|courtesy)(?![a-z]))/;
const SOURCE_BEFORE = /(?:(?<![a-z])(?:by|from|said|says|wrote|writes|according to|quoting|in the words of)(?![a-z])|(?:book|article|column|poem|speech|letter|report|statement|press release|website|newsletter)(?![a-z]))[^"]{0,60}$/;

export const copyright: Rule = {
  ...copiedPhrases,
  check(ctx: CheckContext): Hit[] {
    const hits = copiedPhrases.check(ctx);
    const quotes = ctx.lite.text.includes('"') ? ctx.find(LONG_QUOTE) : [];
    if (quotes.length === 0 || ctx.mentions(CREDITED)) return hits;
    for (const s of quotes) {
      if (SOURCE_AFTER.test(ctx.after(s.end, 40)) || SOURCE_BEFORE.test(ctx.before(s.start, 80))) continue;
      hits.push({ start: s.start, end: s.end });
    }
    return hits;
  },
};
