//! Candidate names: capitalised phrases of a sentence, cut into the people and
//! organisations they hold.
//!
//! Per sentence: (1) a *run* is a stretch of capitalised words, joined by the small words
//! names contain ("Bank of Korea", "Procter & Gamble", "Ministry of Trade, Industry and
//! Energy"); (2) the run is cut into *chunks* where "and"/"of" join two names rather than
//! build one ("Howard Lutnick and U.S. Trade Representative Jamieson Greer"); (3) each
//! chunk is read from its words alone: a title then a name is a person with a role
//! ([`super::titles`]), an organisation head word or acronym makes an organisation, a
//! given name or a Korean name shape makes a person. Lone words that none of this decides
//! stay [`Guess::Unknown`] for [`super::coref`], which sees the whole article.
//!
//! A sentence's first word and the words of a headline are capitalised for grammar, not
//! because they are names. A first word needs evidence (a title, a given name, a known
//! company, the same word capitalised mid-sentence elsewhere) or it is cut off; in a
//! headline, whatever the words alone do not prove is kept only if it names an actor the
//! body establishes ([`Candidate::weak`]). Products ("Airbus A380", "the Dreamliner") are
//! told from companies by model numbers and articles.

use std::collections::HashSet;
use std::ops::Range;

use super::lexicon as lx;
use super::shape::{
    camel_cased, capitalise, is_org_shaped, name_like, named_by_fields, named_by_subject, participle_like,
    person_shaped, syllable_then_given_name,
};
use super::titles;
use super::tokens::{tokenize, Token, TokenKind};
use crate::understand::text::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    Person,
    Organization,
    /// A lone capitalised word: a surname, a company, or nothing; decided in `coref`.
    Unknown,
}

/// One mention of a would-be actor.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub guess: Guess,
    /// The name's words as written (curly apostrophes made ASCII).
    pub words: Vec<String>,
    pub bytes: Range<usize>,
    pub sentence: usize,
    pub roles: Vec<String>,
    /// Capitalised only by position (sentence start, headline): kept only if it names an
    /// actor found elsewhere.
    pub weak: bool,
    /// An organisation descriptor stands before it ("aircraft manufacturer Boeing").
    pub org_context: bool,
    /// A determiner or a model number goes with it ("the Dreamliner", "Taurus 2"): a
    /// product or a thing, not a company.
    pub determined: bool,
    /// The other name the article gives it right after it: "Korea Electric Power Corp.
    /// (KEPCO)", "…Credit Cooperatives, known as MG Saemaul Geumgo,".
    pub defined_alias: Option<String>,
    /// A lone word the article also writes in lower case: repeating it is no evidence
    /// that it names an organisation.
    pub common: bool,
    /// A work noun stands beside it ("the film Star Trek Beyond", "Star Trek fans"): the
    /// title of a film, book or show, which is never an actor.
    pub work: bool,
    /// It does what organisations do: it owns ("Ryanair's fleet"), speaks or acts ("Cisco
    /// said", "Ford will"), or is a place of work or a party to a deal ("at Cisco", "by
    /// Ryanair"). A programme, a product line or a slogan rarely does ([`super::coref`]).
    /// Read only for undecided names.
    pub acts: bool,
    /// A role in a film or a show stands before it ("his role as George Kirk", "portrays
    /// Moon Dong-eun"): a character, which is never an actor of the story.
    pub character: bool,
}

impl Candidate {
    pub fn name(&self) -> String {
        join_words(&self.words)
    }
}

/// Joins name words with spaces, without a space before a comma or a possessive.
pub fn join_words(words: &[String]) -> String {
    let mut out = String::new();
    for w in words {
        let glued = w == "," || w == ")" || w.starts_with('\'') || out.ends_with('(');
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

pub fn normalise_apostrophes(s: &str) -> String {
    s.replace(['’', '‘'], "'")
}

/// Every candidate of the document, in text order.
pub fn candidates(doc: &Document<'_>) -> Vec<Candidate> {
    let sentences: Vec<Vec<Token<'_>>> =
        doc.sentences.iter().map(|s| tokenize(doc.text, s.bytes.clone())).collect();
    // A paragraph's tokens are its sentences' tokens, in order.
    let mut paragraph_tokens: Vec<Vec<&Token<'_>>> = vec![Vec::new(); doc.paragraphs.len()];
    for (s, tokens) in sentences.iter().enumerate() {
        if let Some(p) = paragraph_tokens.get_mut(doc.sentences[s].paragraph) {
            p.extend(tokens.iter());
        }
    }
    let headline: Vec<bool> = paragraph_tokens.iter().map(|p| is_headline(p)).collect();
    // Capitalised words seen where grammar does not capitalise them.
    let mut mid_sentence: HashSet<&str> = HashSet::new();
    for (s, tokens) in sentences.iter().enumerate() {
        if headline.get(doc.sentences[s].paragraph).copied().unwrap_or(false) {
            continue;
        }
        let first = first_word(tokens);
        for (i, t) in tokens.iter().enumerate() {
            if Some(i) != first && t.is_capitalised() {
                mid_sentence.insert(t.text);
            }
        }
    }
    // Words the article also writes in lower case are common nouns ("exports", "group"):
    // capitalised, they start a sentence, a heading or a table cell, and name nothing.
    let lower_case: HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|t| t.is_word() && t.text.starts_with(|c: char| c.is_lowercase()))
        .map(|t| t.text.to_string())
        .collect();
    let terms = defined_terms(&sentences);
    let mut out = Vec::new();
    for (s, tokens) in sentences.iter().enumerate() {
        let in_headline = headline.get(doc.sentences[s].paragraph).copied().unwrap_or(false);
        let ctx = SentenceCtx {
            tokens,
            sentence: s,
            first: first_word(tokens),
            in_headline,
            mid_sentence: &mid_sentence,
            lower_case: &lower_case,
            terms: &terms,
        };
        ctx.find(&mut out);
    }
    out
}

/// Abbreviations the article defines after a common noun phrase or a law's name: "energy
/// storage system (ESS)", "loan-to-value (LTV) ratios", "Inflation Reduction Act (IRA)".
/// They name a thing, not an organisation, wherever they stand later.
fn defined_terms<'a>(sentences: &[Vec<Token<'a>>]) -> HashSet<&'a str> {
    let mut terms: HashSet<&'a str> = sentences
        .iter()
        .flat_map(|tokens| tokens.windows(4))
        .filter(|w| {
            w[0].is_word()
                && (w[0].text.starts_with(|c: char| c.is_lowercase()) || lx::is_document_word(w[0].text))
                && w[1].text == "("
                && w[2].is_all_caps()
                && w[3].text == ")"
        })
        .map(|w| w[2].text)
        .collect();
    // "ESS batteries" where the article also writes "energy storage system".
    let capitals: HashSet<&'a str> = sentences
        .iter()
        .flatten()
        .filter(|t| t.is_all_caps() && (3..=5).contains(&t.text.len()))
        .map(|t| t.text)
        .collect();
    if !capitals.is_empty() {
        terms.extend(spelled_out(sentences, &capitals));
    }
    terms
}

/// Of `capitals`, those that are the initials of a run of three to five lower-case words
/// (the parts of a hyphenated word counted apart): "ESS" beside "energy storage system",
/// "HBM" beside "high-bandwidth memory".
fn spelled_out<'a>(sentences: &[Vec<Token<'_>>], capitals: &HashSet<&'a str>) -> HashSet<&'a str> {
    let mut found = HashSet::new();
    for tokens in sentences {
        // Each run of lower-case words, split where anything else stands.
        for run in tokens.split(|t| !(t.is_word() && t.text.starts_with(|c: char| c.is_ascii_lowercase()))) {
            let initials: Vec<char> = run
                .iter()
                .flat_map(|t| t.text.split('-').filter_map(|p| p.chars().next()))
                .map(|c| c.to_ascii_uppercase())
                .collect();
            if initials.len() < 3 {
                continue;
            }
            for &a in capitals {
                if a.is_ascii() && initials.windows(a.len()).any(|w| w.iter().copied().eq(a.chars())) {
                    found.insert(a);
                }
            }
        }
    }
    found
}

fn first_word(tokens: &[Token<'_>]) -> Option<usize> {
    tokens.iter().position(|t| t.is_word())
}

/// A headline: no closing punctuation and most words capitalised ("Korean Officials to
/// Travel to U.S."), or a line with no lower-case word at all.
fn is_headline(tokens: &[&Token<'_>]) -> bool {
    let words: Vec<&Token> = tokens.iter().copied().filter(|t| t.is_word()).collect();
    if words.len() < 3 || tokens.last().is_some_and(|t| matches!(t.text, "." | "!" | "?" | "\"" | "”" | ":"))
    {
        return false;
    }
    let caps = words
        .iter()
        .filter(|t| t.is_capitalised() || !t.text.chars().next().is_some_and(char::is_alphabetic))
        .count();
    caps * 10 >= words.len() * 7
}

/// Why a phrase is capitalised, as far as its sentence shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capitals {
    /// Nothing says the capitals are grammar's: they mark a name.
    Name,
    /// Capitalised only by position (a sentence's first word, a headline's words): a weak
    /// candidate ([`Candidate::weak`]).
    Position,
}

struct SentenceCtx<'s, 'a> {
    tokens: &'s [Token<'a>],
    sentence: usize,
    first: Option<usize>,
    in_headline: bool,
    mid_sentence: &'s HashSet<&'a str>,
    lower_case: &'s HashSet<String>,
    terms: &'s HashSet<&'a str>,
}

/// No name is longer than this many tokens ("Minister of Trade, Industry and Energy Ahn
/// Duk-geun" is 9); a longer capitalised stretch is cut, which also keeps every step on a
/// run bounded on hostile input.
const MAX_RUN: usize = 24;

/// What only a company has, named after its name: its staff, stock, plants and results
/// ("a former Nissan executive", "Tesla shares"). Not its products: "Falcon and Territory
/// vehicles" are models.
const COMPANY_NOUNS: &[&str] = &[
    "executive",
    "executives",
    "engineer",
    "engineers",
    "employees",
    "workers",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "shares",
    "stock",
    "shareholders",
    "plant",
    "plants",
    "factory",
    "factories",
    "headquarters",
    "subsidiary",
    "affiliate",
    "affiliates",
    "sales",
    "earnings",
    "revenue",
    "profit",
];

/// A quarter's or a half's code ("Q2", "H1") or a fiscal year ("FY2025"): a time, never a
/// word of a name ("Hyundai Motor Q2 profit slides").
fn is_period_code(word: &str) -> bool {
    let b = word.as_bytes();
    matches!(b, [b'Q' | b'H', b'1'..=b'4'])
        || b.len() > 2 && b.starts_with(b"FY") && b[2..].iter().all(u8::is_ascii_digit)
}

/// Small words that may join the words of one name.
fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "and" | "&" | "for" | "the" | "on") || lx::is_name_particle(word)
}

impl<'s, 'a> SentenceCtx<'s, 'a> {
    /// A capitalised word, or a styled one that a company's head word follows ("iM
    /// Securities"; not "iPhone", "iTunes", which are products).
    fn cap(&self, i: usize) -> bool {
        let styled_company = || {
            self.tokens[i].is_styled()
                && self.tokens.get(i + 1).is_some_and(|n| n.is_capitalised() && lx::is_org_head(n.text))
        };
        self.tokens.get(i).is_some_and(|t| t.is_capitalised() && !is_period_code(t.text))
            && !self.currency_mark(i)
            || i < self.tokens.len() && styled_company()
    }

    /// A currency's code or a dollar's country before an amount, never a word of a name:
    /// "14.8% of BNK Financial for KRW 1.2 trillion", "ordered to pay Lone Star US$216
    /// million".
    fn currency_mark(&self, i: usize) -> bool {
        let (t, next) = (&self.tokens[i], self.tokens.get(i + 1));
        let code = crate::understand::figures::currency::is_code(t.text)
            && next.is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
        let dollar_country = next.is_some_and(|n| n.bytes.start == t.bytes.end && n.text.starts_with('$'));
        code || dollar_country
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    fn find(&self, out: &mut Vec<Candidate>) {
        if self.is_staff_credit() {
            return;
        }
        let from = out.len();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.cap(i) {
                i += 1;
                continue;
            }
            let end = self.run_end(i);
            self.split_run(i, end, out);
            i = end;
        }
        self.lists_of_one_kind(&mut out[from..]);
        self.plural_title_shared(&mut out[from..]);
    }

    /// "Justices Kim Hyung-du and Jung Hyung-sik", "Reps. Kim and Lee": a plural title
    /// before names joined by "and" or commas is the role of each of them.
    fn plural_title_shared(&self, found: &mut [Candidate]) {
        let plural = |role: &str| {
            let w = role.rsplit(' ').next().unwrap_or(role);
            let singular =
                w.strip_suffix("s.").map(|x| format!("{x}.")).or(w.strip_suffix('s').map(String::from));
            lx::is_title_head(w) && singular.is_some_and(|s| lx::is_title_head(&s))
        };
        for k in 1..found.len() {
            let (before, after) = found.split_at_mut(k);
            let (a, b) = (&before[k - 1], &mut after[0]);
            let Some(role) = a.roles.first().filter(|r| a.guess == Guess::Person && plural(r)) else {
                continue;
            };
            let joined = self
                .tokens
                .iter()
                .filter(|t| t.bytes.start >= a.bytes.end && t.bytes.end <= b.bytes.start)
                .all(|t| matches!(t.text, "," | "and"));
            if joined && a.bytes.end < b.bytes.start && b.roles.is_empty() && b.guess != Guess::Organization {
                b.roles.push(role.clone());
                b.guess = Guess::Person;
            }
        }
    }

    /// "KB Kookmin, Shinhan, Hana, Woori and NH NongHyup": in a list of three or more names
    /// joined only by commas and "and", where some are organisations and none a person, the
    /// undecided names are organisations too; in a list of people, the undecided full names
    /// are people.
    fn lists_of_one_kind(&self, found: &mut [Candidate]) {
        let joined = |a: &Candidate, b: &Candidate| {
            let between =
                self.tokens.iter().filter(|t| t.bytes.start >= a.bytes.end && t.bytes.end <= b.bytes.start);
            a.bytes.end <= b.bytes.start
                && between.clone().count() > 0
                && between.clone().all(|t| matches!(t.text, "," | "and" | "or"))
        };
        let mut start = 0;
        while start < found.len() {
            let mut end = start + 1;
            while end < found.len() && joined(&found[end - 1], &found[end]) {
                end += 1;
            }
            let list = &mut found[start..end];
            let orgs = list.iter().any(|c| c.guess == Guess::Organization);
            let people = list.iter().any(|c| c.guess == Guess::Person);
            let unknown = |c: &&mut Candidate| c.guess == Guess::Unknown && !c.weak;
            if list.len() >= 3 && orgs && !people {
                list.iter_mut().filter(unknown).for_each(|c| c.org_context = true);
            }
            // "Kim Dae-jung and Keizo Obuchi": a full name beside a person's is a person's.
            if list.len() >= 2 && people && !orgs {
                let full = |c: &&mut Candidate| c.words.len() >= 2 && c.words.iter().all(|w| name_like(w));
                list.iter_mut().filter(unknown).filter(full).for_each(|c| c.guess = Guess::Person);
            }
            start = end;
        }
    }

    /// A line crediting the story's makers: "Reporting by …; Editing by …", "Additional
    /// reporting by …", "… contributed reporting from Beijing."
    fn is_staff_credit(&self) -> bool {
        let words = self.tokens.iter().filter(|t| t.is_word()).map(|t| t.text);
        let mut opening = 0;
        let after_opening = words.clone().find(|w| {
            let credit = lx::is_staff_credit_word(w) || *w == "and";
            opening += usize::from(credit);
            !credit
        });
        let by_line = opening > 0 && after_opening == Some("by");
        // "contributed to this report", not "contributed to the fund"; read as three words
        // in a row.
        let contributed = words.clone().zip(words.clone().skip(1)).zip(words.skip(2)).any(|((a, b), c)| {
            a == "contributed" && (lx::is_staff_credit_word(b) || b == "to" && c == "this")
        });
        by_line || contributed
    }

    /// The end (exclusive) of the run of name words starting at `start`.
    fn run_end(&self, start: usize) -> usize {
        let mut i = start + 1;
        // After "<Head> of", a list "Trade, Industry and Energy" stays in the name.
        let mut of_phrase = false;
        while i < self.tokens.len() && i - start < MAX_RUN {
            let t = &self.tokens[i];
            if t.is_capitalised() {
                i += 1;
                continue;
            }
            if (t.is_word() || t.text == "&") && is_connector(t.text) {
                let mut j = i + 1;
                if matches!(t.text, "of" | "for") && self.word(j) == "the" {
                    j += 1;
                }
                // "Committee on Foreign Relations", "Special Committee on Budget and Accounts":
                // a deliberative body named by its subject is one name; "… Industry on
                // Tuesday" ends before the day.
                let on_ends =
                    !(of_phrase || named_by_subject(self.word(i - 1))) || lx::is_calendar_word(self.word(j));
                if t.text == "the" || t.text == "on" && on_ends {
                    break;
                }
                if t.text == "of" && self.numbered_name(i) {
                    // "Group of 20": the number ends the name.
                    i = j + 1;
                    break;
                }
                if self.cap(j) {
                    if matches!(t.text, "of" | "for") {
                        of_phrase =
                            lx::is_org_of_head(self.word(i - 1)) || lx::is_title_head(self.word(i - 1));
                    }
                    i = j;
                    continue;
                }
                break;
            }
            if lx::is_styled_company_tail(t.text) && lx::is_known_company(self.word(i - 1)) {
                i += 1;
                continue;
            }
            // "Chinese Ambassador to Korea Dai Bing": the country an envoy is sent to is part
            // of the title.
            if t.text == "to"
                && matches!(self.word(i - 1), "Ambassador" | "Envoy")
                && lx::is_place(self.word(i + 1))
            {
                i += 1;
                continue;
            }
            if t.kind == TokenKind::Possessive
                && self.cap(i + 1)
                && (self.possessive_joins(start, i) || self.plural_owner_in_name(i))
            {
                i += 1;
                continue;
            }
            // "Bae, Kim & Lee": a firm of partners lists them with commas before the "&".
            let partners = self.cap(i + 1) && self.word(i + 2) == "&" && self.cap(i + 3);
            if t.text == ","
                && (of_phrase && self.list_follows(i + 1) || self.fields_before_title(start, i) || partners)
            {
                i += 1;
                continue;
            }
            break;
        }
        i
    }

    /// "Group of 20", "Club of 100": an organisation head numbered by "of" and a numeral.
    fn numbered_name(&self, of: usize) -> bool {
        of > 0
            && lx::is_org_of_head(self.word(of - 1))
            && self.word(of + 1).bytes().all(|b| b.is_ascii_digit())
            && !self.word(of + 1).is_empty()
    }

    /// "Prime Minister's Office", "People's Liberation Army": a title or a people owning an
    /// organisation head stays one name.
    fn possessive_joins(&self, start: usize, pos: usize) -> bool {
        let owner_in_name = (start..pos)
            .all(|k| lx::is_title_word(self.word(k)) || matches!(self.word(k), "U.S." | "The"))
            || lx::is_collective_possessor(self.word(pos - 1))
                && (pos - 1 == start || pos - 2 == start && self.word(start) == "The");
        owner_in_name
            && (pos + 1..self.tokens.len())
                .take(MAX_RUN)
                .take_while(|&k| self.cap(k))
                .any(|k| lx::is_org_head(self.word(k)))
    }

    /// "Supreme Prosecutors' Office", "Workers' Party of Korea": a plural's bare apostrophe
    /// before an organisation head is inside one name (a plural owner with a capitalised
    /// head after it is how such bodies are named, not a possession of a name).
    fn plural_owner_in_name(&self, pos: usize) -> bool {
        // "Korea Workers' Compensation & Welfare Service": the head may close a few
        // capitalised words later.
        let head_follows = (pos + 1..pos + 5)
            .take_while(|&k| self.cap(k) || self.word(k) == "&")
            .any(|k| lx::is_org_head(self.word(k)));
        self.word(pos).len() == 1 && head_follows
    }

    /// Whether the comma at `comma` is inside the fields of one title or body: "Climate,
    /// Energy and Environment Minister", "Economic, Social and Labor Council". The words
    /// before it are fields, and fields closed by "and" lead to the head: a title's, when
    /// every field is a portfolio, or an organisation's.
    fn fields_before_title(&self, start: usize, comma: usize) -> bool {
        let left = (start..comma).filter(|&k| self.word(k) != ",");
        let portfolios = left.clone().all(|k| lx::is_title_modifier(self.word(k)));
        left.clone().all(|k| self.field(k)) && self.fields_then_head(comma + 1, portfolios).is_some()
    }

    /// A capitalised word that can name a field of a body's work: no company, place,
    /// person's name, acronym or head of its own.
    fn field(&self, k: usize) -> bool {
        let w = self.word(k);
        self.cap(k)
            && (lx::is_title_modifier(w)
                || !(lx::is_known_company(w)
                    || lx::is_place(w)
                    || lx::is_nationality(w)
                    || lx::is_korean_surname(w)
                    || lx::is_given_name(w)
                    || lx::is_org_head(w)
                    || lx::is_title_head(w)
                    || self.tokens[k].is_all_caps()))
    }

    /// From `from`, fields separated by commas and closed by "and", then the head they
    /// qualify: its index. A title's head only after portfolios (`portfolios`: so far).
    fn fields_then_head(&self, from: usize, mut portfolios: bool) -> Option<usize> {
        let mut saw_and = false;
        for k in from..from + 8 {
            let w = self.word(k);
            match w {
                "," => {}
                "and" => saw_and = true,
                _ if saw_and && lx::is_title_head(w) && !lx::is_title_modifier(w) => {
                    return portfolios.then_some(k)
                }
                _ if saw_and && named_by_fields(w) => return Some(k),
                _ if self.field(k) => portfolios &= lx::is_title_modifier(w),
                _ => return None,
            }
        }
        None
    }

    /// Whether "Industry and Energy" (a comma list closed by "and") starts at `i`.
    fn list_follows(&self, mut i: usize) -> bool {
        let limit = i + MAX_RUN;
        for _ in 0..8 {
            if !self.cap(i) {
                return false;
            }
            while self.cap(i) && i < limit {
                i += 1;
            }
            match self.word(i) {
                "," if self.word(i + 1) == "and" => return self.cap(i + 2),
                "," => i += 1,
                "and" => return self.cap(i + 1),
                _ => return false,
            }
        }
        false
    }

    /// Cuts the run `[start, end)` into chunks at the connectors that join two names.
    fn split_run(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        // The name of a law, a plan, a treaty, a gathering or an index, however many names it
        // holds ("Hong Kong Human Rights and Democracy Act", "J.P. Morgan Healthcare Conference").
        let last = self.word(end - 1);
        if end - start >= 2
            && (lx::is_document_word(last) || lx::is_event_word(last) || lx::is_index_head(last))
        {
            return;
        }
        let mut chunk_start = start;
        let mut i = start;
        while i < end {
            let w = self.word(i);
            let cut = match w {
                "and" => !self.and_joins(chunk_start, i),
                "of" | "for" => {
                    let before = self.word(i.saturating_sub(1));
                    !(lx::is_org_of_head(before) || lx::is_title_word(before) || lx::is_org_head(before))
                }
                _ => false,
            };
            if cut {
                self.chunk(chunk_start, i, out);
                chunk_start = i + 1;
                while chunk_start < end && !self.cap(chunk_start) {
                    chunk_start += 1;
                }
                i = chunk_start;
                continue;
            }
            i += 1;
        }
        if chunk_start < end {
            self.chunk(chunk_start, end, out);
        }
    }

    /// "and" inside one name: between titles ("Deputy Prime Minister and Finance Minister")
    /// or in an "of" list ("Ministry of Strategy and Finance").
    fn and_joins(&self, chunk_start: usize, at: usize) -> bool {
        let only_titles = (chunk_start..at)
            .all(|k| lx::is_title_word(self.word(k)) || matches!(self.word(k), "U.S." | ","));
        // The list after "of" holds fields, not a person: in "Secretary of State Marco Rubio
        // and Foreign Minister …" the "and" joins two people.
        let in_of_list = (chunk_start..at).any(|k| {
            let head = self.word(k.saturating_sub(1));
            let of =
                matches!(self.word(k), "of" | "for") && (lx::is_org_of_head(head) || lx::is_title_head(head));
            let on = self.word(k) == "on" && named_by_subject(head);
            (of || on)
                && k > chunk_start
                && !(k + 1..at).any(|j| {
                    lx::is_given_name(self.word(j))
                        || person_shaped(&[self.word(j), self.word(j + 1)])
                        // One "and" closes the list: "Ministry of Climate, Energy and
                        // Environment and Japan's Ministry of …" names two bodies.
                        || self.word(j) == "and"
                })
        });
        // "Strategy and Finance Committee": fields on both sides of "and", then a body's head.
        let fields_then_body = || {
            let k = (at + 1..at + 4).find(|&k| !(self.cap(k) && lx::is_title_modifier(self.word(k))));
            k.is_some_and(|k| k > at + 1 && lx::is_org_head(self.word(k)))
        };
        // "Economic, Social and Labor Council": a comma list of fields closed by "and".
        let listed_fields = (chunk_start..at).any(|k| self.word(k) == ",")
            && (chunk_start..at).all(|k| self.word(k) == "," || self.field(k))
            && self.fields_then_head(at, false).is_some();
        (only_titles && ((at + 1..at + 5).any(|k| lx::is_title_head(self.word(k))) || fields_then_body()))
            || listed_fields
            || in_of_list
            || self.one_name_across_and(chunk_start, at)
    }

    /// "Korea Land and Housing Corp.", "Korea Trade and Investment Promotion Agency": a
    /// country's body named by two fields of its work joined by "and" before its head. The
    /// words before "and" are the place and a field that names nothing itself (no head,
    /// company, person or title's head), and a head closes the words after it within three
    /// ("Kbank and Toss Bank" are two).
    fn one_name_across_and(&self, chunk_start: usize, at: usize) -> bool {
        // From the place on: the chunk may open with the sentence's "The" or "State-run".
        let Some(place) =
            (chunk_start..at).rev().find(|&k| lx::is_place(self.word(k)) || lx::is_nationality(self.word(k)))
        else {
            return false;
        };
        let left: Vec<&str> = (place..at).map(|k| self.word(k)).collect();
        let right_end = (at + 1..at + 4).take_while(|&k| self.cap(k)).last();
        let Some(right_end) = right_end else { return false };
        let head = self.word(right_end);
        let names_something = |w: &&str| {
            lx::is_org_head(w)
                || lx::is_org_suffix(w)
                || lx::is_known_company(w)
                || lx::is_title_head(w)
                || lx::is_given_name(w)
                || lx::is_korean_surname(w)
                || !w.starts_with(|c: char| c.is_uppercase())
        };
        (2..=3).contains(&left.len())
            && (lx::is_org_head(head) || lx::is_org_suffix(head))
            && !left[1..].iter().any(names_something)
            && !person_shaped(&left)
    }

    /// Reads one chunk `[start, end)` into candidates: trims what cannot begin or end a
    /// name, drops what names no actor, makes a sentence's capitalised first word prove
    /// itself, and classifies the rest.
    fn chunk(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        let end = self.name_end(start, end);
        // "Chicago-based Boeing": the place is where the company sits, and says it is one.
        let based = (start..end).take_while(|&k| self.word(k).ends_with("-based")).count();
        let start = start + based;
        if based > 0 && end - start == 1 {
            self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
            return;
        }
        let start = self.name_start(start, end);
        if start >= end || self.names_nothing(start, end) {
            return;
        }
        let Some(start) = self.past_sentence_opening(start, end, out) else { return };
        let before = out.len();
        self.classify(start, end, out);
        // A headline runs names into its other capitalised words ("Choi Heads to"): each
        // word may still name an actor found in the body.
        if self.in_headline && end - start > 1 && out[before..].iter().all(|c| c.weak) {
            for k in (start..end).filter(|&k| self.cap(k)) {
                self.push(Guess::Unknown, k, k + 1, Vec::new(), Capitals::Position, out);
            }
        }
    }

    /// Where a name in `[start, end)` ends: trailing connectors or punctuation never end one.
    fn name_end(&self, start: usize, mut end: usize) -> usize {
        let can_end_name = |end: usize| {
            self.cap(end - 1)
                || lx::is_styled_company_tail(self.word(end - 1))
                || (end >= 2 && self.numbered_name(end - 2))
        };
        while end > start && !can_end_name(end) {
            end -= 1;
        }
        end
    }

    /// Where a name in `[start, end)` starts: after a leading article, and after a unit
    /// that follows a number.
    fn name_start(&self, mut start: usize, end: usize) -> usize {
        // Leading "The" and shouting lines ("BY IM SOUNG-BIN", "[JOONGANG ILBO]"). A
        // capitalised "The" inside a sentence belongs to the name ("according to The Wrap",
        // "told The Korea Herald"); grammar capitalises it only at a sentence's start.
        let after_word = |k: usize| k > 0 && self.tokens[k - 1].is_word();
        let the_in_name = |k: usize| {
            self.word(k) == "The"
                && Some(k) != self.first
                && after_word(k)
                && !self.in_headline
                && end - k >= 2
        };
        // "An Se-young": a Korean family name, not the article.
        let family_name =
            |k: usize| k + 1 < end && syllable_then_given_name(&[self.word(k), self.word(k + 1)]);
        while start < end
            && matches!(self.word(start), "The" | "A" | "An")
            && !the_in_name(start)
            && !family_name(start)
        {
            start += 1;
        }
        // A preposition that opens the sentence ("At Seoul National University Hospital,
        // …") is capitalised by its place, not part of the name.
        const OPENING_PREPOSITIONS: [&str; 12] =
            ["At", "In", "On", "For", "From", "By", "With", "After", "Before", "During", "Under", "Since"];
        if Some(start) == self.first && end - start >= 2 && OPENING_PREPOSITIONS.contains(&self.word(start)) {
            start += 1;
        }
        // A unit after a number is not a name: "400 W", "3 GW", "12 PV".
        if start < end && start > 0 && has_digit(self.word(start - 1)) && self.word(start).len() <= 3 {
            start += 1;
        }
        start
    }

    /// Capitalised words that name no actor: a label, a source credit, a shouted line, a
    /// product with its model number.
    fn names_nothing(&self, start: usize, end: usize) -> bool {
        // A label opening a paragraph or a sentence: "Wrap:", "Update:", "Watch:".
        let label = end - start == 1 && Some(start) == self.first && self.word(end) == ":";
        // A shouted line is in capitals throughout; a name in ordinary case beside two
        // abbreviations is not shouting ("SK hynix CEO Kwak Noh-jung").
        let shouted = || {
            let caps = (start..end).filter(|&k| self.tokens[k].is_all_caps()).count();
            let ordinary_case = (start..end).any(|k| self.tokens[k].text.chars().any(char::is_lowercase));
            end - start >= 2
                && caps >= 2
                && !ordinary_case
                && !(start..end).any(|k| lx::is_org_head(self.word(k)))
        };
        // Products: "Airbus A380", "787 Dreamliner", "iPhone 4"; ships by their navy's
        // prefix: "USNS Alan Shepard", "HMS Queen Elizabeth".
        let product = || (start..=end).any(|k| self.tokens.get(k).is_some_and(|t| is_model_code(t.text)));
        let ship = matches!(self.word(start), "USS" | "USNS" | "HMS" | "HMAS" | "HMCS" | "ROKS" | "INS");
        // "Hong Kong-linked securities", "Seoul-based": a place made an adjective.
        let place_adjective = || {
            let (head, tail) = self.word(end - 1).split_once('-').unwrap_or(("", ""));
            tail.starts_with(|c: char| c.is_lowercase())
                && lx::is_place(head)
                && (start..end - 1).all(|k| lx::is_place(self.word(k)))
        };
        ship || label
            || place_adjective()
            || self.is_credit(start, end)
            || self.is_picture_credit(start, end)
            || shouted()
            || product()
            || self.is_instrument_code(start, end)
    }

    /// A picture's credit: a name after a credit label ("Photo: Yonhap", "Credit…Doug
    /// Mills", "Photograph: AFP") or a photographer and agency joined by a slash ("Doug
    /// Mills/The New York Times").
    fn is_picture_credit(&self, start: usize, end: usize) -> bool {
        let mut k = start;
        while k > 0 && matches!(self.word(k - 1), ":" | "." | "…") && start - k < 3 {
            k -= 1;
        }
        let labelled = k < start && k > 0 && lx::is_picture_credit_label(self.word(k - 1));
        let slash_after = self.word(end) == "/" && self.glued(end - 1);
        let from = if start > 0 && self.word(start - 1) == "The" { start - 1 } else { start };
        let slash_before = from > 0 && self.word(from - 1) == "/" && self.glued(from - 1);
        labelled || slash_after || slash_before
    }

    /// A market instrument's code as wire copy writes it: ".DJI", ".SPX", "US10YT=RR",
    /// "XAU=". A full stop glued to a word after a space, or an "=" glued to either side,
    /// is never a name's.
    fn is_instrument_code(&self, start: usize, end: usize) -> bool {
        let dot_before = start > 0
            && self.word(start - 1) == "."
            && self.glued(start - 1)
            && !(start >= 2 && self.glued(start - 2));
        let equals_after = self.word(end) == "=" && self.glued(end - 1);
        let equals_before = start > 0 && self.word(start - 1) == "=" && self.glued(start - 1);
        dot_before || equals_after || equals_before
    }

    /// Whether token `i` runs into the next one with no space between them.
    fn glued(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.bytes.end == b.bytes.start,
            _ => false,
        }
    }

    /// Where the name starts when the chunk opens its sentence, whose grammar capitalises
    /// the first word: there without evidence the first word is cut off, or kept as a weak
    /// candidate when it is the whole chunk. `None` when nothing is left to classify.
    fn past_sentence_opening(&self, mut start: usize, end: usize, out: &mut Vec<Candidate>) -> Option<usize> {
        if Some(start) != self.first {
            return Some(start);
        }
        let words: Vec<&str> = (start..end).map(|k| self.word(k)).collect();
        // "Five National Assembly seats are at stake": a count opening the sentence.
        let count = end - start >= 2 && crate::understand::numbers::exact_word_value(words[0]).is_some();
        if self.descriptor_opens(start, &words) || count {
            return Some(start + 1);
        }
        // A whole that reads as a name vouches for its first word ("Ford Motor Company CEO
        // Alan Mulally said"); "Following President Trump" does not.
        let titled_org =
            titles::title_then_name(&words).is_some_and(|n| titles::org_in_role(&words[..n]).is_some());
        // A compound adjective opening the sentence ("Long-dated U.S. Treasury yields") is
        // not the start of the organisation after it; a hyphenated given name before a
        // family name ("Sang-mok Choi") is a person's shape and stays.
        let compound_adjective = end - start >= 2
            && words[0].split_once('-').is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
            && !person_shaped(&words);
        let institution = lx::is_institution(&words.join(" "));
        // "Interior and Safety Minister Yun Ho-jung raised …": the opening word is a field of
        // the title before the name.
        let fields_of_title = titles::title_then_name(&words).is_some_and(|n| {
            n >= 2 && words[..n].iter().all(|w| lx::is_title_word(w) || matches!(*w, "and" | ","))
        });
        // A brand's inner capital is no word the grammar capitalised ("FuriosaAI, which …").
        let styled = words.len() == 1 && camel_cased(words[0]);
        let shaped = !compound_adjective
            && (is_org_shaped(&words) || person_shaped(&words) || titled_org || institution);
        // A capitalised phrase that opens the sentence and speaks is its subject, a name
        // ("Statistics Korea said …"), even though its first word alone proves nothing.
        let speaking_subject = end - start >= 2 && self.speaks_after(end);
        // A name set off by its role is whole: "Caroline Hawley, BBC diplomatic correspondent".
        let words_name_like = words.iter().all(|w| name_like(w));
        let with_role =
            (2..=3).contains(&(end - start)) && words_name_like && !self.appositive(end).is_empty();
        if shaped || styled || speaking_subject || with_role || fields_of_title || self.has_evidence(start) {
            return Some(start);
        }
        if end - start == 1 {
            // A pronoun opening a sentence is not the family name it may also be ("He").
            if !lx::is_not_actor(self.word(start)) {
                self.push(Guess::Unknown, start, end, Vec::new(), Capitals::Position, out);
            }
            return None;
        }
        start += 1;
        while start < end && !self.cap(start) {
            start += 1;
        }
        (start < end).then_some(start)
    }

    /// "Rival Samsung Electronics said", "Chipmaker SK hynix": a word that says what kind
    /// of body follows opens the sentence, and the words after it are a name of their own.
    fn descriptor_opens(&self, start: usize, words: &[&str]) -> bool {
        let [first, rest @ ..] = words else { return false };
        let descriptor = !lx::is_org_head(first) && lx::is_org_descriptor(&first.to_lowercase());
        descriptor
            && !rest.is_empty()
            && self.cap(start + 1)
            && (is_org_shaped(rest) || person_shaped(rest) || self.has_evidence(start + 1))
    }

    /// A source credit: a name alone in brackets that closes its sentence or opens the
    /// story after a dateline ("… in Seoul. (Yonhap)", "SEOUL, April 18 (Yonhap) --"), or
    /// a wire's tag opening a line ("(LEAD)", "(News Focus)").
    fn is_credit(&self, start: usize, end: usize) -> bool {
        let opened = start > 0 && matches!(self.word(start - 1), "(" | "[");
        let closed = matches!(self.word(end), ")" | "]");
        let after = self.word(end + 1);
        // A wire's tag before its headline or lead: "(LEAD) N. Korea fires …".
        let tag = start == 1;
        opened
            && closed
            && (tag || end + 1 >= self.tokens.len() || matches!(after, "-" | "—" | "–" | "--" | "."))
    }

    /// Evidence that a sentence-initial word is a name and not just capitalised.
    fn has_evidence(&self, i: usize) -> bool {
        let w = self.word(i);
        lx::is_given_name(w)
            || lx::is_korean_surname(w) && self.cap(i + 1)
            || lx::is_title_head(w) && (self.cap(i + 1) || self.word(i + 1) == "of" && self.cap(i + 2))
            || lx::is_title_word(w) && self.cap(i + 1) && lx::is_title_word(self.word(i + 1))
            || (!self.in_headline && lx::is_org_acronym(w))
            || lx::is_known_company(w)
            || self.country_before_title(i)
            || (self.mid_sentence.contains(w) && !lx::is_not_actor(w) && !self.is_common_noun(w))
    }

    /// A word the article also writes in lower case ("Exports" beside "exports").
    fn is_common_noun(&self, w: &str) -> bool {
        self.lower_case.contains(&w.to_lowercase())
    }

    /// "United States President …", "Chinese President …": a country qualifying a title.
    fn country_before_title(&self, i: usize) -> bool {
        let mut j = i;
        while j < i + 3 && (lx::is_place(self.word(j)) || lx::is_nationality(self.word(j))) {
            j += 1;
        }
        j > i && self.cap(j) && lx::is_title_word(self.word(j))
    }

    /// Reads a chunk's words as actors, trying each reading in turn: places acting, a
    /// title then a name, an organisation then a person, then what the words' shapes say.
    fn classify(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        let words: Vec<&str> = (start..end).map(|k| self.word(k)).collect();
        // "N. Korea", "S. Korea": a compass point's initial before a place is part of it.
        let compass = |k: usize| {
            matches!(words[k], "N." | "S." | "E." | "W.") && words.get(k + 1).is_some_and(|w| lx::is_place(w))
        };
        if (0..words.len()).all(|k| {
            let w = words[k];
            lx::is_place(w)
                || lx::is_nationality(w)
                || w == "Republic" && k > 0
                || lx::is_not_actor(w)
                || w == ","
                || is_connector(w)
                || compass(k)
        }) {
            // A country acting: "the Korean government", "the U.S. government".
            let country = words.iter().any(|w| lx::is_place(w) || lx::is_nationality(w));
            if country && self.word(end) == "government" {
                self.push(Guess::Organization, start, end + 1, Vec::new(), Capitals::Name, out);
            }
            return;
        }
        // "West Lafayette, Indiana", "Taylor, Texas": a name before a state or a country set
        // off by commas is a town.
        let town = self.word(end) == ","
            && lx::is_place(self.word(end + 1))
            && matches!(self.word(end + 2), "," | "." | ";" | ")" | "")
            && !words.iter().any(|w| lx::is_org_head(w) || lx::is_org_suffix(w) || lx::is_known_company(w))
            && !person_shaped(&words);
        if town {
            return;
        }
        // Days and places named like actors: "Black Monday", "St. Louis"; a term the
        // article defines ("energy storage system (ESS)"); a law or a treaty ("Inflation
        // Reduction Act"); a month's abbreviation that is also a given name ("Jan. 10").
        let term = matches!(words.as_slice(), [w] if self.terms.contains(w));
        let document = words.len() >= 2 && words.last().is_some_and(|w| lx::is_document_word(w));
        if words.last().is_some_and(|w| lx::is_calendar_word(w))
            || words[0] == "St."
            || term
            || document
            || self.dated(end)
        {
            return;
        }
        if self.is_place_of_event(start, &words) {
            return;
        }
        if words.len() > 1 && lx::is_institution(&words.join(" ")) {
            self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
            return;
        }
        if self.titled_person(start, end, &words, out) || self.org_then_person(start, end, &words, out) {
            return;
        }
        // A role without a name ("President of the United States", "UK Home Secretary").
        // A title head ending the words is a surname when a given name vouches for it
        // ("Martin Luther King").
        let role_only = lx::is_title_head(words[0])
            || lx::is_title_head(words[words.len() - 1]) && !person_shaped(&words);
        // "CEO of Sungwon Construction": the body a head's title names is the organisation;
        // "Minister of Trade, Industry and Energy" is a role, its portfolio no body.
        // "Vice Chairman of Chrysler", "CEO of Hanwha Ocean": the name after a body's head's
        // title is that body, known as one when shaped like one, else left to `coref`. After
        // other titles it may be a portfolio ("Minister of Finance"): a mention only of an
        // actor named elsewhere ("Chief Executive Officer of General Motors").
        let of = words.iter().position(|w| *w == "of").filter(|&p| {
            p >= 1
                && p + 1 < words.len()
                && lx::is_title_head(words[p - 1])
                && words[..p]
                    .iter()
                    .all(|w| lx::is_title_word(w) || *w == "and" || lx::is_place(w) || lx::is_nationality(w))
        });
        let title_of = of.is_some();
        if let Some(p) = of {
            let (guess, capitals) = match lx::is_org_leader_title(words[p - 1]) {
                true if is_org_shaped(&words[p + 1..]) => (Guess::Organization, Capitals::Name),
                true => (Guess::Unknown, Capitals::Name),
                false => (Guess::Unknown, Capitals::Position),
            };
            self.push(guess, start + p + 1, end, Vec::new(), capitals, out);
        }
        if title_of || role_only && !is_org_shaped(&words) {
            return;
        }
        // A social-media handle ("@MattBevin") is an address, not a name in the text.
        if start > 0 && self.word(start - 1) == "@" {
            return;
        }
        // A word the article also writes in lower case is shouted, not an acronym: "GET OUT
        // and VOTE" beside "the vote".
        if matches!(words.as_slice(), [w] if self.tokens[start].is_all_caps()
            && !lx::is_known_org_acronym(w)
            && self.is_common_noun(w))
        {
            return;
        }
        let org_context = self.org_context(start, end);
        // Two letters are too ambiguous to name an organisation by their shape ("RR",
        // "PV"): unless known, such an abbreviation waits for the article to define it or
        // to use it again as one.
        let ambiguous_acronym = matches!(words.as_slice(), [w] if self.tokens[start].is_all_caps()
            && w.chars().filter(char::is_ascii_alphabetic).count() <= 2
            && !lx::is_known_org_acronym(w)
            && !org_context);
        // A region by its kind: "Emerging Asia", "Developing Europe".
        if words.len() >= 2 && participle_like(words[0]) && words[1..].iter().all(|w| lx::is_place(w)) {
            return;
        }
        let person_shape = person_shaped(&words);
        if ambiguous_acronym {
            if lx::is_org_acronym(words[0]) {
                self.push(Guess::Unknown, start, end, Vec::new(), Capitals::Name, out);
            }
            return;
        }
        if is_org_shaped(&words) && (!person_shape || lx::is_org_suffix(words[words.len() - 1])) {
            self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
        } else if words.len() == 1 {
            self.lone_word(start, end, out);
        } else {
            self.several_words(start, end, &words, out);
        }
    }

    /// A room or a building where something happens is a place, not an actor: a room
    /// always ("the Cabinet Room", "the East Room": where people meet, not who meets), a
    /// building after a preposition of place ("a meeting in the Oval Office", "signed at the
    /// White House", "a press conference at Seoul City Hall"). The White House that says or
    /// decides is the administration, a body someone works at ("a director at the Seocho
    /// District Office") is their employer, and one looked at is a subject: all stay.
    fn is_place_of_event(&self, start: usize, words: &[&str]) -> bool {
        let [.., last] = words else { return false };
        if words.len() < 2 {
            return false;
        }
        let room = matches!(*last, "Room" | "Rooms");
        let building = matches!(
            *last,
            "House" | "Office" | "Palace" | "Hall" | "Building" | "Tower" | "Airport" | "Library" | "Museum"
        );
        let before_the =
            if start > 0 && self.word(start - 1).eq_ignore_ascii_case("the") { start - 1 } else { start };
        let preposition = before_the.checked_sub(1).map_or("", |k| self.word(k));
        // "at" after a job or a verb of looking or aiming names what is worked at or looked
        // at ("a director at", "a look at the New York Public Library"), not where.
        let object_of_at = before_the.checked_sub(2).is_some_and(|k| {
            let w = self.word(k);
            lx::is_appositive_head(w)
                || ["look", "aim", "target", "direct", "point", "stare", "glance"]
                    .iter()
                    .any(|v| w.starts_with(v))
        });
        let located = matches!(preposition, "in" | "inside" | "outside" | "into" | "near")
            || preposition == "at" && !object_of_at;
        room || building && located
    }

    /// A title, then a name: a person with a role (and maybe an organisation in the role).
    fn titled_person(&self, start: usize, end: usize, words: &[&str], out: &mut Vec<Candidate>) -> bool {
        let Some(name_start) = titles::title_then_name(words) else { return false };
        // "Presidential Committee on Ageing Society and Population Policy": a body's head
        // governing a phrase is an organisation's name running on, not a title before a
        // person, unless a person's name closes it ("Bank of Korea Governor Rhee Chang-yong").
        let body_runs_on = words[..name_start]
            .windows(2)
            .any(|w| lx::is_org_of_head(w[0]) && matches!(w[1], "of" | "for" | "on" | "and"));
        if body_runs_on && !person_shaped(&words[name_start..]) {
            return false;
        }
        let role_end = name_start;
        if let Some(org_len) = titles::org_in_role(&words[..role_end]) {
            self.push(Guess::Organization, start, start + org_len, Vec::new(), Capitals::Name, out);
        }
        let honorific = role_end == 1 && lx::is_honorific(words[0]);
        let mut roles: Vec<String> = (!honorific)
            .then(|| self.with_organisation(self.title_role(start, start + role_end), start, out))
            .into_iter()
            .collect();
        roles.extend(self.appositive(end));
        self.push(Guess::Person, start + name_start, end, roles, Capitals::Name, out);
        true
    }

    /// An organisation, then a person: "Chrysler LLC Jim Press".
    fn org_then_person(&self, start: usize, end: usize, words: &[&str], out: &mut Vec<Candidate>) -> bool {
        let Some(k) = (1..words.len().saturating_sub(1))
            .find(|&k| is_org_shaped(&words[..k]) && person_shaped(&words[k..]))
        else {
            return false;
        };
        self.push(Guess::Organization, start, start + k, Vec::new(), Capitals::Name, out);
        let roles: Vec<String> = self.appositive(end).into_iter().collect();
        self.push(Guess::Person, start + k, end, roles, Capitals::Name, out);
        true
    }

    /// One capitalised word that no shape decided: a known company or institution, an
    /// organisation's acronym, or a name that `coref` decides (a person when a role goes
    /// with it).
    fn lone_word(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        let w = self.word(start);
        if w.chars().count() == 1 {
            // A letter alone ("W", "A") names nothing.
        } else if lx::is_known_company(w) || lx::is_institution(w) {
            self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
        } else if lx::is_org_head(w) {
            // "Group", "Automotive": a word of a name, not a name.
        } else if self.adjective_before_noun(start) {
            // "the Democratic candidate", "Democratic investigations": a party's adjective.
        } else if self.tokens[start].is_all_caps() {
            if lx::is_org_acronym(w) {
                self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
            }
        } else if !(lx::is_not_actor(w) || lx::is_place(w) || lx::is_nationality(w) || lx::is_title_word(w)) {
            let roles = (self.lower_title_role(start).into_iter())
                .chain(self.role_before_comma(start, end))
                .chain(self.appositive(end))
                .collect();
            let mut c = self.candidate(Guess::Unknown, start, end, roles, Capitals::Name);
            if !c.roles.is_empty() {
                c.guess = Guess::Person;
            } else if camel_cased(w) || self.company_noun_after(end) {
                c.guess = Guess::Organization;
            }
            out.push(c);
        }
    }

    /// Several capitalised words that no shape decided: an organisation when its context,
    /// a known company or a place or organisation word says so and the words are not
    /// shaped like a person's name; else a person when the shape, a role or speech says so.
    fn several_words(&self, start: usize, end: usize, words: &[&str], out: &mut Vec<Candidate>) {
        let person_shape = person_shaped(words);
        // A "The" capitalised inside a sentence belongs to the name of a publication, a
        // company or a work ("reports from The Wrap"), never to a person's.
        if words[0] == "The" {
            if !self.names_a_work(start, end) {
                self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
            }
            return;
        }
        // An abbreviation leads an organisation's or a place's name, not a person's
        // ("HMP Belmarsh", "NASA Ames"), unless it is a family name in capitals ("LEE Jae-myung").
        let abbreviation_first = self.tokens[start].is_all_caps()
            && words[0].chars().all(char::is_alphanumeric)
            && !lx::is_family_name_first(&capitalise(words[0]));
        // A person's role set off after the words says they name a person, even when one of
        // them is also a place's word ("said Hong Min, a senior research fellow at …").
        let appositive = self.appositive(end);
        let place_or_head = words.iter().any(|w| lx::is_place(w) || lx::is_org_head(w));
        if self.org_context(start, end)
            || abbreviation_first
            || lx::is_known_company(words[0])
            || place_or_head && !person_shape && appositive.is_empty()
        {
            self.push(Guess::Organization, start, end, Vec::new(), Capitals::Name, out);
            return;
        }
        let mut roles: Vec<String> = self.lower_title_role(start).into_iter().collect();
        roles.extend(self.role_before_comma(start, end));
        roles.extend(appositive);
        let titled = words.iter().any(|w| lx::is_title_word(w));
        let guess = if person_shape || !roles.is_empty() || !titled && self.speaks(start, end) {
            Guess::Person
        } else {
            Guess::Unknown
        };
        self.push(guess, start, end, roles, Capitals::Name, out);
    }

    /// "Lee Mi-ran said", "said Marta Nowak, …", "Nowak, who …": people speak. After "said"
    /// the name must close the clause: in "the studio said Star Trek Beyond earned …" the
    /// phrase is the subject of what was said, not the speaker.
    fn speaks(&self, start: usize, end: usize) -> bool {
        let verb =
            |w: &str| matches!(w, "said" | "says" | "told" | "added" | "explained" | "noted" | "stated");
        let closes = |w: &str| matches!(w, "" | "," | "." | ";" | "(" | "\"" | "”");
        verb(self.word(end))
            || self.word(end) == "," && self.word(end + 1) == "who"
            || start > 0 && verb(self.word(start - 1)) && closes(self.word(end))
    }

    /// "a former Nissan executive", "Tesla shares", "Hyundai plants": one name qualifying
    /// what only a company has (its staff, stock, plants, sales) names the company.
    fn company_noun_after(&self, end: usize) -> bool {
        let next = self.word(end);
        let company_noun = COMPANY_NOUNS.contains(&next);
        let name = self.word(end - 1);
        // Only inside running text: a line's first word may be capitalised by grammar or
        // a dateline ("Rail workers walk out", "(Yonhap) -- Unionized workers").
        let lower_before = end >= 2 && self.tokens[end - 2].is_word() && !self.cap(end - 2);
        lower_before
            && !self.in_headline
            && self.tokens.get(end).is_some_and(|t| t.is_word() && !t.is_capitalised())
            && company_noun
            && !name.contains('-')
            && !lx::is_calendar_word(name)
            && !lx::is_given_name(name)
            && !self.is_common_noun(name)
    }

    /// A capitalised adjective in "-ic" qualifying the lower-case noun after it
    /// ("Democratic candidate", "Olympic team"): what it names is the noun's kind.
    fn adjective_before_noun(&self, i: usize) -> bool {
        let noun_after = self.tokens.get(i + 1).is_some_and(|t| {
            t.is_word() && t.text.starts_with(|c: char| c.is_lowercase()) && !is_connector(t.text)
        });
        self.word(i).ends_with("ic") && noun_after
    }

    /// A day of the month follows the phrase's abbreviation point: "Jan. 10".
    fn dated(&self, end: usize) -> bool {
        let day = self.word(end + 1);
        self.word(end) == "." && (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit())
    }

    /// A verb of speech or announcement right after the phrase: "… said", "… announced".
    fn speaks_after(&self, end: usize) -> bool {
        matches!(self.word(end), "said" | "says" | "announced" | "reported" | "told" | "added")
    }

    /// A cue that the name after it is a part an actor plays: "his role as", "the role
    /// of", "cast as", "starring as", "portrays", "the character". Bare "plays" is left
    /// out: "Nadal plays Federer" names two real people.
    fn plays_a_character(&self, start: usize) -> bool {
        let before = |k: usize| start.checked_sub(k).map_or("", |i| self.word(i));
        let part = matches!(before(2), "role" | "roles" | "cast" | "starring" | "stars" | "starred");
        matches!(before(1), "portrays" | "portrayed" | "portraying" | "character")
            || matches!(before(1), "as" | "of") && part
    }

    /// Evidence of an agent around the phrase (see [`Candidate::acts`]).
    fn acts(&self, start: usize, end: usize) -> bool {
        let possessed = self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
        let verb_after = self.speaks_after(end)
            || matches!(
                self.word(end),
                "will"
                    | "would"
                    | "plans"
                    | "planned"
                    | "has"
                    | "have"
                    | "had"
                    | "agreed"
                    | "declined"
                    | "expects"
                    | "expected"
                    | "reports"
            );
        // "at Cisco", "by the Beatles", "a stake in Chrysler", "between Boeing and …".
        let mut b = start;
        if b > 0 && is_determiner(self.word(b - 1)) {
            b -= 1;
        }
        let before = b.checked_sub(1).map_or("", |k| self.word(k));
        let holding = b >= 2 && matches!(self.word(b - 2), "stake" | "stakes" | "shares" | "investment");
        let according = before == "to" && b >= 2 && self.word(b - 2) == "according";
        let party = according
            || matches!(before, "at" | "from" | "by" | "with" | "against" | "between")
            || matches!(before, "in" | "of") && holding;
        possessed || verb_after || party || self.beside_an_organisation(start, end)
    }

    /// "GM and Chrysler", "Chrysler and Fiat": joined by "and" to a known company or an
    /// organisation's acronym.
    fn beside_an_organisation(&self, start: usize, end: usize) -> bool {
        let org = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                lx::is_known_company(t.text) || t.is_all_caps() && lx::is_org_acronym(t.text)
            })
        };
        start >= 2 && self.word(start - 1) == "and" && org(start - 2)
            || self.word(end) == "and" && org(end + 1)
    }

    /// A work noun right before the phrase ("the film …", "the novel …") or a word that
    /// only follows a work's title right after it ("… fans", "… franchise", "… sequel").
    fn names_a_work(&self, start: usize, end: usize) -> bool {
        let before = start.checked_sub(1).map_or("", |k| self.word(k));
        let before_that = start.checked_sub(2).map_or("", |k| self.word(k));
        let after = self.word(end);
        // What one is a fan, a star or the creator of, or stars or appears in: "fans of The
        // Crown", "who starred in The Crown". A company is none of these.
        let of_a_work = before == "of"
            && matches!(
                before_that.to_ascii_lowercase().as_str(),
                "fans"
                    | "fan"
                    | "season"
                    | "seasons"
                    | "episode"
                    | "episodes"
                    | "star"
                    | "stars"
                    | "creator"
                    | "creators"
                    | "finale"
                    | "remake"
                    | "adaptation"
            );
        let in_a_work = before == "in"
            && matches!(before_that, "starred" | "stars" | "starring" | "appeared" | "appears" | "appearing");
        if of_a_work || in_a_work {
            return true;
        }
        matches!(
            before,
            "film"
                | "movie"
                | "series"
                | "sequel"
                | "novel"
                | "album"
                | "song"
                | "single"
                | "franchise"
                | "drama"
                | "documentary"
                | "musical"
                | "sitcom"
                | "miniseries"
                | "blockbuster"
                | "titled"
                | "entitled"
        ) || matches!(
            after,
            "fans"
                | "franchise"
                | "sequel"
                | "sequels"
                | "prequel"
                | "trilogy"
                | "saga"
                | "film"
                | "films"
                | "movie"
                | "movies"
                | "episode"
                | "episodes"
                | "soundtrack"
                | "premiere"
                | "cast"
        )
    }

    fn candidate(
        &self,
        guess: Guess,
        start: usize,
        end: usize,
        roles: Vec<String>,
        capitals: Capitals,
    ) -> Candidate {
        let words = (start..end).map(|k| normalise_apostrophes(self.word(k))).collect();
        let bytes = self.tokens[start].bytes.start..self.tokens[end - 1].bytes.end;
        let determined = start > 0
            && (is_determiner(self.word(start - 1)) || has_digit(self.word(start - 1)))
            || has_digit(self.word(end));
        // In a headline every word is capitalised: only what the words themselves prove counts.
        let weak = capitals == Capitals::Position || self.in_headline && guess == Guess::Unknown;
        // "Korea Electric Power Corp.'s (KEPCO) debt": the possessive may come first.
        let after =
            if self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) { end + 1 } else { end };
        let defined_alias = match (self.word(after), self.tokens.get(after + 1), self.word(after + 2)) {
            ("(", Some(t), ")") if end - start >= 2 && (t.is_all_caps() || self.clipped(start, t.text)) => {
                Some(t.text.to_string())
            }
            _ => self.known_as(start, end),
        };
        let common = end - start == 1 && self.is_common_noun(self.word(start));
        Candidate {
            guess,
            words,
            bytes,
            sentence: self.sentence,
            roles,
            weak,
            org_context: self.org_context(start, end),
            determined,
            defined_alias,
            common,
            work: guess == Guess::Unknown && self.names_a_work(start, end),
            acts: guess == Guess::Unknown && self.acts(start, end),
            character: self.plays_a_character(start),
        }
    }

    /// "Korea Railroad Corp. (Korail)": a capitalised word in brackets after a name, with
    /// the name's first letter, that is no place, is the name clipped.
    fn clipped(&self, start: usize, word: &str) -> bool {
        let first = |w: &str| w.chars().next();
        word.len() >= 3
            && word.starts_with(|c: char| c.is_uppercase())
            && first(word) == first(self.word(start))
            && !lx::is_place(word)
            && !lx::is_nationality(word)
    }

    /// ", known as MG Saemaul Geumgo,", ", also known as …", and after a name of several
    /// words that no list holds ", or Keidanren,": the other name, when capitalised words
    /// alone make it and a comma or the sentence's end closes it.
    fn known_as(&self, start: usize, end: usize) -> Option<String> {
        let mut k = end + 1;
        if matches!(self.word(k), "also" | "better" | "formerly") {
            k += 1;
        }
        let known = self.word(k) == "known" && self.word(k + 1) == "as";
        let listed = start > 0 && matches!(self.word(start - 1), "," | "and" | "or");
        let or = self.word(end + 1) == "or" && end - start >= 2 && !listed;
        if self.word(end) != "," || !(known || or) {
            return None;
        }
        let from = if known { k + 2 } else { end + 2 };
        let to = (from..self.tokens.len()).find(|&j| !self.cap(j)).unwrap_or(self.tokens.len());
        let closed = to == self.tokens.len() || matches!(self.word(to), "," | "." | ")" | ";");
        // "…, or Keidanren, and …": set off on both sides, not the last of a choice.
        let closed = closed && (known || self.word(to) == ",");
        (to > from && closed)
            .then(|| join_words(&(from..to).map(|j| self.word(j).to_string()).collect::<Vec<_>>()))
    }

    fn push(
        &self,
        guess: Guess,
        start: usize,
        end: usize,
        roles: Vec<String>,
        capitals: Capitals,
        out: &mut Vec<Candidate>,
    ) {
        if guess == Guess::Organization && self.part_of_previous(start, out) {
            return;
        }
        if start < end {
            out.push(self.candidate(guess, start, end, roles, capitals));
        }
    }

    /// "Korea University's Graduate School of International Studies": a unit named by its
    /// field ("<Head> of …") owned by the organisation just named is a part of it, not
    /// another actor. A body with a name of its own is one ("SK Group's Sapeon Korea", "the
    /// National Assembly's National Defense Committee").
    fn part_of_previous(&self, start: usize, out: &[Candidate]) -> bool {
        let owner_end = match (start.checked_sub(2), self.tokens.get(start.wrapping_sub(1))) {
            (Some(k), Some(p)) if p.kind == TokenKind::Possessive => self.tokens[k].bytes.end,
            _ => return false,
        };
        let field_named = (start..self.tokens.len())
            .take(MAX_RUN)
            .take_while(|&k| self.cap(k) || self.word(k) == "of")
            .any(|k| self.word(k) == "of");
        if !field_named {
            return false;
        }
        out.last().is_some_and(|c| {
            c.guess == Guess::Organization && c.sentence == self.sentence && c.bytes.end == owner_end
        })
    }

    /// A bare leader's title ("Governor", "Chairman") at token `at` names the head of the
    /// organisation the sentence has just named: "The Bank of Korea froze …, but Governor
    /// Rhee …" → "Bank of Korea Governor". Not when the organisation is far back or another
    /// owner comes between: in "the Prosecutors' Office sent investigators to the company's
    /// offices and to the homes of founder and Chairman Baek" he chairs the company.
    fn with_organisation(&self, role: String, at: usize, out: &[Candidate]) -> String {
        const NEAR: usize = 14;
        if !lx::is_org_leader_title(&role) {
            return role;
        }
        let Some(org) = out
            .iter()
            .rev()
            .take_while(|c| c.sentence == self.sentence)
            .find(|c| c.guess == Guess::Organization)
        else {
            return role;
        };
        let title_at = self.tokens[at].bytes.start;
        let between: Vec<&Token<'_>> = self
            .tokens
            .iter()
            .filter(|t| t.bytes.start >= org.bytes.end && t.bytes.end <= title_at)
            .collect();
        let near = between.iter().filter(|t| t.is_word()).count() <= NEAR;
        let other_owner = between.iter().any(|t| t.kind == TokenKind::Possessive);
        if near && !other_owner {
            format!("{} {role}", org.name())
        } else {
            role
        }
    }

    /// A role from the chunk's first token, with the lower-case words that qualify it
    /// ("former President", "then-Finance Minister").
    fn title_role(&self, start: usize, mut end: usize) -> String {
        let mut from = start;
        // "former", and a past holder's first title word: "then-Prime Minister".
        let held = |w: &str| lx::is_past_holders(w) && lx::is_title_word(w);
        while from > 0 && (lx::is_role_qualifier(self.word(from - 1)) || held(self.word(from - 1))) {
            from -= 1;
        }
        // A rank's abbreviation after an office is the holder's form of address, like "Mr.":
        // "JCS Chairman Gen. Jin Yong-sung" is the JCS Chairman ("Prosecutor General" is one
        // title).
        let rank = |w: &str| matches!(w, "Gen." | "Lt." | "Col." | "Sgt." | "Capt." | "Adm.");
        if end - start >= 2
            && rank(self.word(end - 1))
            && (start..end - 1).any(|k| lx::is_title_head(self.word(k)) && !rank(self.word(k)))
        {
            end -= 1;
        }
        self.role_text(from, end)
    }

    /// The role's words, spaced the usual way whatever the source's tokenisation
    /// ("Indonesia 's transport minister" → "Indonesia's transport minister"), titles spelled
    /// out ("Gov." → "Governor").
    fn role_text(&self, start: usize, end: usize) -> String {
        let mut words: Vec<String> = (start..end)
            .map(|k| {
                lx::title_in_full(self.word(k))
                    .map_or_else(|| normalise_apostrophes(self.word(k)), str::to_string)
            })
            .collect();
        // "Then-Foreign Minister" opening a sentence is the then-Foreign Minister.
        if let Some(first) =
            words.first_mut().filter(|w| w.starts_with(char::is_uppercase) && lx::is_past_holders(w))
        {
            first.replace_range(..1, &first[..1].to_lowercase());
        }
        join_words(&words)
    }

    /// "aircraft manufacturer Boeing", "automaker GM", "Samsung's shares".
    fn org_context(&self, start: usize, end: usize) -> bool {
        let possessed = self.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive)
            && lx::is_org_possession(self.word(end + 1));
        start > 0 && lx::is_org_descriptor(self.word(start - 1))
            || possessed
            || self.cited_source(start, end)
            || self.described_as_org(end)
    }

    /// An appositive whose head says what kind of body the name is: "Lone Star, the U.S.
    /// private equity firm that bought …", "Haneul Interactive, the developer of …". The
    /// kind word must end its noun phrase ("Park, a union leader" is a person) and no owner
    /// comes before it ("Kim, the firm's adviser").
    fn described_as_org(&self, end: usize) -> bool {
        const PHRASE_ENDS: [&str; 10] =
            [",", ".", "that", "which", "of", "in", "based", "behind", "whose", "with"];
        if self.word(end) != "," || !matches!(self.word(end + 1), "the" | "a" | "an") {
            return false;
        }
        // The head is the first noun phrase's: "an analyst at the company" is a person.
        (end + 2..end + 7)
            .take_while(|&k| {
                k < self.tokens.len()
                    && self.tokens[k].kind != TokenKind::Possessive
                    && !PHRASE_ENDS.contains(&self.word(k))
                    && !matches!(self.word(k), "at" | "for" | "to" | "on" | "by" | "from")
            })
            .any(|k| lx::is_org_descriptor(self.word(k)) && PHRASE_ENDS.contains(&self.word(k + 1)))
    }

    /// "according to Reuters": one word cited as a source that no person's name vouches for
    /// is a news agency, a company or a body (a person cited by surname was named in full
    /// before, and `coref` attaches the surname to that person first).
    fn cited_source(&self, start: usize, end: usize) -> bool {
        let w = self.word(start);
        end - start == 1
            && start >= 2
            && self.word(start - 2) == "according"
            && self.word(start - 1) == "to"
            && !lx::is_korean_surname(w)
            && !lx::is_given_name(w)
            && !lx::is_place(w)
    }

    /// A lower-case title right before the name: "analyst Chris Weafer" → "analyst".
    /// With the words that qualify it: "North Korean leader", "former chief executive".
    fn lower_title_role(&self, start: usize) -> Option<String> {
        let lower_head = |k: usize| {
            let t = &self.tokens[k];
            t.is_word() && !t.is_capitalised() && lx::is_title_head(t.text)
        };
        let mut prev = start.checked_sub(1)?;
        // "chief of staff Kang Hoon-sik", "secretary of state Marco Rubio": a head of a bare noun.
        let lower = |k: usize| self.tokens[k].is_word() && !self.tokens[k].is_capitalised();
        if prev >= 2
            && !lower_head(prev)
            && lower(prev)
            && !is_determiner(self.word(prev))
            && self.word(prev - 1) == "of"
            && lower_head(prev - 2)
        {
            prev -= 2;
        }
        if !lower_head(prev) {
            return None;
        }
        let mut from = prev;
        while from > 0 && prev - from < 3 {
            let w = self.word(from - 1);
            // A capitalised title word belongs to an earlier name ("… Minister Choi"),
            // unless only the sentence's start capitalised it ("Presidential spokesperson").
            let lower_or_first = !self.cap(from - 1) || Some(from - 1) == self.first;
            let qualifies =
                lx::is_role_qualifier(w) || lx::is_nationality(w) || lx::is_title_word(w) && lower_or_first;
            if !qualifies {
                break;
            }
            from -= 1;
        }
        Some(self.role_text(self.role_owner(from), start))
    }

    /// Where the party or body a lower-case role at `from` belongs to starts: "DP floor
    /// leader", "Democratic Party spokesperson", "Samsung Electronics spokesman", "Samsung's
    /// chairman".
    fn role_owner(&self, from: usize) -> usize {
        // "Samsung's chairman", "the BOK's governor": the owner and its possessive.
        let possessed = from > 1 && self.tokens[from - 1].kind == TokenKind::Possessive;
        if possessed && self.role_owner(from - 1) < from - 1 {
            return self.role_owner(from - 1);
        }
        let acronym =
            from > 0 && self.tokens[from - 1].is_all_caps() && lx::is_org_acronym(self.word(from - 1));
        let mut k = from;
        while k > 0 && from - k < 6 && self.cap(k - 1) {
            k -= 1;
        }
        while k < from && matches!(self.word(k), "The" | "A" | "An") {
            k += 1;
        }
        let words: Vec<&str> = (k..from).map(|j| self.word(j)).collect();
        // A local government by its division: "Seongdong District chief", "Gyeonggi Province governor".
        let division = words.len() >= 2
            && words.last().is_some_and(|w| matches!(*w, "District" | "Province" | "County" | "City"));
        let org =
            division || is_org_shaped(&words) || matches!(words.as_slice(), [w] if lx::is_known_company(w));
        // The whole name before an acronym that ends it ("Ulsan HD FC striker"), else the
        // acronym alone ("DP floor leader").
        if k < from && org {
            k
        } else if acronym {
            from - 1
        } else {
            from
        }
    }

    /// A role set off before the name: "the then UK Home Secretary, Sajid Javid, approved
    /// …" → "UK Home Secretary"; "the party's interim leader, Song Eon-seok, said".
    fn role_before_comma(&self, start: usize, end: usize) -> Option<String> {
        let head = start.checked_sub(2)?;
        if self.word(start - 1) != "," {
            return None;
        }
        // "The People Power Party's interim leader, Song Eon-seok, said": a lower-case role,
        // when commas set the name off on both sides.
        if !self.cap(head) {
            // "Their lawyer, Kang Ji-won of law firm Shin & Kim, said".
            return self.lower_title_role(start - 1).filter(|_| matches!(self.word(end), "," | "of"));
        }
        if !lx::is_title_head(self.word(head)) {
            return None;
        }
        let mut from = head;
        while from > 0 && head - from < 4 && self.cap(from - 1) && Some(from - 1) != self.first {
            from -= 1;
        }
        Some(self.role_text(from, head + 1))
    }

    /// A role in apposition after the name ("Park Sung-hoon, professor emeritus at ...").
    /// Or one a relative clause gives: "Ahn Duk-geun, who heads the trade ministry" → "head
    /// of the trade ministry".
    /// Two roles joined by "and" are two ("chairman of POSCO Group and head of the Korea
    /// Iron & Steel Association").
    fn appositive(&self, end: usize) -> Vec<String> {
        if let Some((noun, a, b)) = titles::relative_role(self.tokens, end) {
            return vec![format!("{noun} of {}", self.role_text(a, b))];
        }
        if let Some((a, b)) = titles::serves_as(self.tokens, end) {
            return vec![self.role_text(a, b)];
        }
        let Some((a, b)) = titles::appositive(self.tokens, end) else { return Vec::new() };
        titles::split_roles(self.tokens, a, b).into_iter().map(|(a, b)| self.role_text(a, b)).collect()
    }
}

/// Words before a thing rather than a company: "the Dreamliner", "its new Macbook".
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "this"
            | "that"
            | "new"
            | "latest"
            | "our"
            | "your"
    )
}

fn has_digit(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

/// A model designation ("A380", "A330-200", "787", "VC-10"); not "G20", a known group.
fn is_model_code(w: &str) -> bool {
    has_digit(w)
        && w.chars().next().is_some_and(|c| c.is_alphanumeric())
        && !lx::is_org_acronym(w)
        && !w.contains('.')
        && !w.contains(',')
        && w.len() >= 3
        && !w.bytes().all(|b| b.is_ascii_digit())
        || w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Guess, String, Vec<String>)> {
        let doc = Document::new(text);
        candidates(&doc).into_iter().filter(|c| !c.weak).map(|c| (c.guess, c.name(), c.roles)).collect()
    }

    #[test]
    fn titles_before_names_become_roles() {
        let f = found("The ministry said Deputy Prime Minister and Finance Minister Choi Sang-mok will meet U.S. Treasury Secretary Scott Bessent.");
        assert!(
            f.contains(&(
                Guess::Person,
                "Choi Sang-mok".into(),
                vec!["Deputy Prime Minister and Finance Minister".into()]
            )),
            "{f:?}"
        );
        assert!(
            f.contains(&(Guess::Person, "Scott Bessent".into(), vec!["U.S. Treasury Secretary".into()])),
            "{f:?}"
        );
        assert!(f.contains(&(Guess::Organization, "U.S. Treasury".into(), vec![])), "{f:?}");
    }

    #[test]
    fn a_company_styled_in_capitals_before_a_title_and_a_name() {
        let f = found("The plan was backed by SK hynix CEO Kwak Noh-jung and LG CEO Koo Kwang-mo on Friday.");
        assert!(f.contains(&(Guess::Person, "Kwak Noh-jung".into(), vec!["SK hynix CEO".into()])), "{f:?}");
        assert!(f.contains(&(Guess::Person, "Koo Kwang-mo".into(), vec!["LG CEO".into()])), "{f:?}");
        assert!(f.contains(&(Guess::Organization, "SK hynix".into(), vec![])), "{f:?}");
        // A line in capitals throughout is still no name.
        assert!(found("BY IM SOUNG-BIN [").is_empty());
    }

    #[test]
    fn an_official_in_apposition_has_a_role_but_no_title_before_a_name() {
        let f = found("Kim Min-seok, a senior official at the trade ministry, said the Official Information Disclosure Act applies.");
        let decided: Vec<_> = f.into_iter().filter(|c| c.0 != Guess::Unknown).collect();
        // The subject of the next clause is no role of the name before it.
        let plant = found("Ford will buy a stake in the plant Automobile Craiova, a Romanian official said.");
        assert!(plant.iter().all(|c| c.2.is_empty()), "{plant:?}");
        assert_eq!(
            decided,
            [(Guess::Person, "Kim Min-seok".into(), vec!["senior official at the trade ministry".into()])]
        );
    }

    #[test]
    fn an_of_list_role_after_the_name_keeps_its_commas() {
        let f = found("Kim Jung-kwan, minister of trade, industry and energy, visited Washington on Friday.");
        assert_eq!(
            f,
            [(Guess::Person, "Kim Jung-kwan".into(), vec!["minister of trade, industry and energy".into()])]
        );
        let f = found("Park Ji-won, head of the union, and Lee Min-ho, an analyst, spoke.");
        assert_eq!(f[0], (Guess::Person, "Park Ji-won".into(), vec!["head of the union".into()]));
    }

    #[test]
    fn a_lower_case_title_keeps_the_qualifier_that_opens_the_sentence() {
        let f = found("Presidential spokesperson Kang Yu-jung said the summit will go ahead.");
        assert_eq!(f, [(Guess::Person, "Kang Yu-jung".into(), vec!["Presidential spokesperson".into()])]);
    }

    #[test]
    fn an_institution_with_a_name_of_its_own_is_no_person() {
        let f = found("The presidential office Cheong Wa Dae said Friday that Lee Jae Myung will travel.");
        assert!(f.contains(&(Guess::Organization, "Cheong Wa Dae".into(), vec![])), "{f:?}");
        assert!(f.contains(&(Guess::Person, "Lee Jae Myung".into(), vec![])), "{f:?}");
    }

    #[test]
    fn a_country_before_a_title_at_the_sentence_start() {
        let f = found(
            "United States President Barack Obama said the President of the United States would speak.",
        );
        assert_eq!(f, [(Guess::Person, "Barack Obama".into(), vec!["United States President".into()])]);
    }

    #[test]
    fn an_of_list_title_keeps_its_commas() {
        let f =
            found("He said Minister of Trade, Industry and Energy Ahn Duk-geun is also arranging a trip.");
        assert_eq!(
            f,
            [(Guess::Person, "Ahn Duk-geun".into(), vec!["Minister of Trade, Industry and Energy".into()])]
        );
    }

    #[test]
    fn and_between_two_people_splits_them() {
        let f = found("He may meet U.S. Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer soon.");
        let names: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(names, ["Howard Lutnick", "Jamieson Greer"]);
    }

    #[test]
    fn organisations_by_head_word_and_acronym() {
        let f = found("Officials at the Bank of Korea and the Prime Minister’s Office joined the G20 meeting at the National Assembly.");
        let names: Vec<&str> =
            f.iter().filter(|x| x.0 == Guess::Organization).map(|x| x.1.as_str()).collect();
        assert_eq!(names, ["Bank of Korea", "Prime Minister's Office", "G20", "National Assembly"]);
    }

    #[test]
    fn a_countrys_government_is_an_organisation() {
        let f = found("Apart from that, the Korean government is preparing a budget.");
        assert_eq!(f, [(Guess::Organization, "Korean government".into(), vec![])]);
    }

    #[test]
    fn headline_words_need_evidence() {
        let doc = Document::new("Crucial Trade Talks Loom as Choi Heads to Washington\n\nChoi Sang-mok will fly to Washington on Tuesday.");
        let c = candidates(&doc);
        let strong: Vec<String> = c.iter().filter(|c| !c.weak).map(Candidate::name).collect();
        assert_eq!(strong, ["Choi Sang-mok"]);
        assert!(c.iter().any(|c| c.weak && c.name() == "Choi"), "{c:?}");
    }

    #[test]
    fn sentence_starts_and_places_are_not_names() {
        let f = found("According to officials, Korea will talk. Experts in Seoul warned. Following the call, Washington agreed.");
        assert!(f.is_empty(), "{f:?}");
    }
}
