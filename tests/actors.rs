//! Key actors on realistic Korean news copy: who the summary panel lists, as what, with
//! which other names, and what it must leave out.

use lede::analysis::{Actor, ActorKind, Analysis};
use lede::understand::actors::find;
use lede::understand::text::Document;
use lede::{analyze, Input, Options};

fn run(text: &str) -> Analysis {
    analyze(Input::Plain(text), &Options { published: Some("2025-07-10".into()), ..Options::default() })
}

mod common;
use common::{actor, names};

/// The text of every mention of an actor, as the panel would highlight it.
fn mention_texts(a: &Analysis, actor: &Actor) -> Vec<String> {
    actor.mentions.iter().map(|m| a.text.chars().skip(m.start).take(m.end - m.start).collect()).collect()
}

const CHAEBOL: &str = "Samsung Electronics Chairman Lee Jae-yong met SK Group Chairman Chey Tae-won and Hyundai Motor Group Executive Chair Chung Eui-sun in Seoul on Monday to discuss U.S. chip tariffs.

\"The market has already priced in one more cut,\" said Park Jung-hoon, an analyst at Samsung Securities. Shares of Samsung Electronics rose 2.1 percent on the Korea Exchange.

Lee later told reporters the group would keep investing at home. Park, who covers chipmakers, expects a rebound. Chey, the SK chairman, did not comment.";

#[test]
fn chaebol_heads_with_their_titles_and_companies() {
    let a = run(CHAEBOL);
    for (name, role) in [
        ("Lee Jae-yong", "Samsung Electronics Chairman"),
        ("Chey Tae-won", "SK Group Chairman"),
        ("Chung Eui-sun", "Hyundai Motor Group Executive Chair"),
        ("Park Jung-hoon", "analyst at Samsung Securities"),
    ] {
        let p = actor(&a, name);
        assert_eq!(p.kind, ActorKind::Person, "{name}");
        assert_eq!(p.roles[0], role, "{name}");
    }
    for org in
        ["Samsung Electronics", "SK Group", "Hyundai Motor Group", "Samsung Securities", "Korea Exchange"]
    {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    // "Lee later told reporters" is the chairman again.
    let lee = actor(&a, "Lee Jae-yong");
    assert_eq!(mention_texts(&a, lee), ["Lee Jae-yong", "Lee"]);
    // A later appositive adds to the roles: "Chey, the SK chairman".
    let chey = actor(&a, "Chey Tae-won");
    assert_eq!(
        (chey.roles.as_slice(), chey.mentions.len()),
        (["SK Group Chairman".to_string(), "SK chairman".to_string()].as_slice(), 2)
    );
    assert_eq!(actor(&a, "Park Jung-hoon").mentions.len(), 2);
    assert_eq!(actor(&a, "Samsung Electronics").mentions.len(), 2);
    assert!(!names(&a).iter().any(|n| n.contains("Seoul") || *n == "U.S."), "{:?}", names(&a));
}

const BOK: &str = "The Bank of Korea (BOK) kept its benchmark rate at 2.75 percent on Thursday, as expected.

BOK Governor Rhee Chang-yong said inflation had eased, but the central bank would watch the won closely. \"We will act if needed,\" Rhee told reporters after the meeting.

The Ministry of Economy and Finance welcomed the decision. The Finance Ministry added that the Fair Trade Commission (FTC) would look into bank fees.";

#[test]
fn the_central_bank_and_its_short_forms() {
    let a = run(BOK);
    let bok = actor(&a, "Bank of Korea");
    assert_eq!(bok.kind, ActorKind::Organization);
    assert_eq!(bok.aliases, ["BOK"]);
    assert_eq!(bok.mentions.len(), 3, "{:?}", mention_texts(&a, bok));
    let rhee = actor(&a, "Rhee Chang-yong");
    assert_eq!(
        (rhee.roles.as_slice(), rhee.aliases.as_slice()),
        (["BOK Governor".to_string()].as_slice(), ["Rhee".to_string()].as_slice())
    );
    assert_eq!(actor(&a, "Ministry of Economy and Finance").aliases, ["Finance Ministry"]);
    assert_eq!(actor(&a, "Fair Trade Commission").aliases, ["FTC"]);
    // The lead actor comes first, at salience 1; every salience is in 0..=1.
    assert_eq!(a.actors[0].name, "Bank of Korea");
    assert_eq!(a.actors[0].salience, 1.0);
    assert!(a.actors.iter().all(|x| (0.0..=1.0).contains(&x.salience)));
}

const POLITICS: &str = "President Lee Jae-myung, who took office in June after the removal of former President Yoon Suk Yeol, called for a pragmatic approach to North Korea.

Lee said Kim Jong Un should return to talks. Yoon remains on trial in Seoul.

The Democratic Party of Korea and the People Power Party clashed at the National Assembly over the budget. Rep. Kwon Seong-dong of the People Power Party said the ruling party was rushing the bill.";

#[test]
fn namesakes_and_romanisations_in_politics() {
    let a = run(POLITICS);
    let lee = actor(&a, "Lee Jae-myung");
    assert_eq!(lee.roles, ["President"]);
    assert_eq!(mention_texts(&a, lee), ["Lee Jae-myung", "Lee"]);
    let yoon = actor(&a, "Yoon Suk Yeol");
    assert_eq!(yoon.roles, ["former President"]);
    assert_eq!(yoon.mentions.len(), 2);
    assert_eq!(actor(&a, "Kim Jong Un").kind, ActorKind::Person);
    assert_eq!(actor(&a, "Kwon Seong-dong").kind, ActorKind::Person);
    for org in ["Democratic Party of Korea", "People Power Party", "National Assembly"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    assert_eq!(actor(&a, "People Power Party").mentions.len(), 2);
    assert!(!names(&a).contains(&"North Korea"), "{:?}", names(&a));
}

const AGENCIES: &str = "North Korea's Korean Central News Agency (KCNA) said Kim Yo-jong criticized the drills, and the Joint Chiefs of Staff (JCS) said it was monitoring the border. The JCS added that no launch was detected.

Korea Electric Power Corp. (KEPCO) posted a loss for the quarter. KEPCO blamed fuel costs. Naver and Kakao shares fell, while Coupang rose 3 percent.";

#[test]
fn acronyms_the_article_defines_and_companies_named_once() {
    let a = run(AGENCIES);
    for (org, acronym, mentions) in [
        ("Korean Central News Agency", "KCNA", 2),
        ("Joint Chiefs of Staff", "JCS", 3),
        ("Korea Electric Power Corp.", "KEPCO", 3),
    ] {
        let o = actor(&a, org);
        assert_eq!(o.kind, ActorKind::Organization, "{org}");
        assert_eq!(o.aliases, [acronym], "{org}");
        assert_eq!(o.mentions.len(), mentions, "{org}: {:?}", mention_texts(&a, o));
    }
    for company in ["Naver", "Kakao", "Coupang"] {
        assert_eq!(actor(&a, company).kind, ActorKind::Organization, "{company}");
    }
    assert_eq!(actor(&a, "Kim Yo-jong").kind, ActorKind::Person);
    assert!(!names(&a).contains(&"North Korea"), "{:?}", names(&a));
}

const REGULATORS: &str = "SK hynix posted record operating profit in the second quarter, as demand for high-bandwidth memory (HBM) from Nvidia soared. CEO Kwak Noh-jung said the company would expand its Cheongju plant. Kwak added that samples had shipped.

The Financial Services Commission (FSC) said it would tighten lending rules. FSC Chairman Kim Byoung-hwan said household debt was a risk.

Moon Jae-in, the former president, met Ban Ki-moon, the former UN secretary-general, in Yangsan. [YONHAP]";

#[test]
fn regulators_styled_company_names_and_former_officials() {
    let a = run(REGULATORS);
    assert_eq!(actor(&a, "SK hynix").kind, ActorKind::Organization);
    let kwak = actor(&a, "Kwak Noh-jung");
    assert_eq!((kwak.roles.as_slice(), kwak.mentions.len()), (["CEO".to_string()].as_slice(), 2));
    let fsc = actor(&a, "Financial Services Commission");
    assert_eq!(fsc.mentions.len(), 3, "{:?}", mention_texts(&a, fsc));
    assert_eq!(actor(&a, "Kim Byoung-hwan").roles, ["FSC Chairman"]);
    assert_eq!(actor(&a, "Moon Jae-in").roles, ["former president"]);
    assert_eq!(actor(&a, "Ban Ki-moon").roles, ["former UN secretary-general"]);
    for not_actor in ["HBM", "Cheongju", "Yangsan", "YONHAP"] {
        assert!(!names(&a).contains(&not_actor), "{not_actor}: {:?}", names(&a));
    }
}

#[test]
fn mentions_carry_character_offsets_and_sentences() {
    // Curly quotes and Hangul before the names: offsets are characters, not bytes.
    let text = "“한국은행” — Korea’s central bank — said Wednesday that Governor Rhee Chang-yong would speak. Rhee declined to comment.";
    let a = run(text);
    let rhee = actor(&a, "Rhee Chang-yong");
    let chars: Vec<char> = a.text.chars().collect();
    for (m, expected) in rhee.mentions.iter().zip(["Rhee Chang-yong", "Rhee"]) {
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), expected);
    }
    assert_eq!(rhee.mentions.iter().map(|m| m.sentence).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(rhee.roles, ["Governor"]);
}

#[test]
fn page_clutter_sentence_starts_and_places_are_not_actors() {
    let text = "Related Article

Experts in Korea have warned against rushing. Following the call, Washington and Tokyo agreed. According to Korean officials, the talks in September went well.

Log in to Twitter or Facebook account to connect

Home";
    let a = run(text);
    assert!(a.actors.is_empty(), "{:?}", names(&a));
}

#[test]
fn the_reporter_is_not_an_actor() {
    let text = "Reporter Kim Ji-hye writes that BOK Governor Rhee Chang-yong kept rates on hold on Thursday.\n\nBY KIM JI-HYE [kim.jihye@joongang.co.kr]";
    let doc = Document::new(text);
    let actors = find(&doc, Some("Kim Ji-hye"), None, None);
    let names: Vec<&str> = actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Rhee Chang-yong"), "{names:?}");
    assert!(!names.iter().any(|n| n.to_lowercase().contains("kim ji-hye")), "{names:?}");
}

#[test]
fn western_names_initials_and_appositives() {
    let text = "Hanwha Aerospace CEO Son Jae-il said on Tuesday the company would hire 500 engineers. \"The order book is full,\" said Marta Kowalczyk Nowak, Poland's deputy defence minister. Nowak added that deliveries would start in March.

John F. Kennedy and Martin Luther King Jr. were quoted in the speech.";
    let a = run(text);
    let son = actor(&a, "Son Jae-il");
    assert_eq!(son.roles, ["Hanwha Aerospace CEO"]);
    assert_eq!(actor(&a, "Hanwha Aerospace").kind, ActorKind::Organization);
    let nowak = actor(&a, "Marta Kowalczyk Nowak");
    assert_eq!(
        (nowak.roles.as_slice(), nowak.aliases.as_slice()),
        (["Poland's deputy defence minister".to_string()].as_slice(), ["Nowak".to_string()].as_slice())
    );
    assert_eq!(actor(&a, "John F. Kennedy").kind, ActorKind::Person);
    assert_eq!(actor(&a, "Martin Luther King Jr.").kind, ActorKind::Person);
}

#[test]
fn family_first_names_and_based_companies() {
    let text =
        "Chinese Premier Li Qiang met President Lee Jae-myung in Gyeongju. Li said trade would grow.

Changwon-based Hyundai Rotem said it would deliver the K2 tank to Warsaw next year. Hyundai Rotem shares rose 2 percent.";
    let a = run(text);
    let li = actor(&a, "Li Qiang");
    assert_eq!(
        (li.roles.as_slice(), li.aliases.as_slice()),
        (["Chinese Premier".to_string()].as_slice(), ["Li".to_string()].as_slice())
    );
    assert_eq!(actor(&a, "Hyundai Rotem").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Hyundai Rotem").mentions.len(), 2);
    assert!(!names(&a).iter().any(|n| n.contains("K2") || n.contains("Changwon")), "{:?}", names(&a));
}

#[test]
fn hostile_input_neither_panics_nor_blows_up() {
    let long_run = "Minister of A, B, C, D, E, F, G, H, I, J and K ".repeat(2_000);
    let capitals = "Aaa Bbb Ccc Ddd ".repeat(5_000);
    let odd = "’s ’ 's ' - -- … “” 'S A. B. C. Jr. Jr. Mr. Mr. & & of of and and U.S. U.S. 한국 ".repeat(500);
    for text in [long_run.as_str(), capitals.as_str(), odd.as_str(), "", "\n\n\n", "A", "Kim"] {
        let a = run(text);
        for actor in &a.actors {
            assert!(actor.mentions.iter().all(|m| m.start < m.end && m.end <= a.text.chars().count()));
        }
    }
}

#[test]
fn titles_of_works_are_not_actors() {
    let text = "Star Trek fans lined up on Friday for the new film. Paramount said Star Trek Beyond \
earned $59 million over its first weekend, according to The Wrap, and the studio expects the film to run \
through the holidays. \"It's a crowd-pleaser,\" said Dana Whitfield, an analyst at Boxoffice Pro.

Star Trek Beyond is the third film in the rebooted series.";
    let a = run(text);
    let listed = names(&a);
    assert!(!listed.iter().any(|n| n.contains("Star Trek")), "{listed:?}");
    assert_eq!(a.actors[0].name, "Dana Whitfield", "a real person leads: {listed:?}");
    // A capitalised "The" inside a sentence is part of the name: the whole name or nothing.
    assert!(!listed.contains(&"Wrap"), "{listed:?}");
}

#[test]
fn months_units_labels_and_adjectives_are_not_actors() {
    let text = "Wrap: the week in solar

Emerging markets installed more capacity than expected. Shipments of 600 W PV modules by Jinko Solar \
rose in Oct and Nov, and the RR of the new cells improved, said Yu Jianxiong, an analyst at the company. \
Investors in Emerging Asia bought PV stocks. Jianxiong expects prices to fall in Dec.

Emerging manufacturers, he said, will follow.";
    let a = run(text);
    let listed = names(&a);
    for bad in ["Wrap", "Emerging", "Emerging Asia", "Oct", "Nov", "Dec", "W", "PV", "RR"] {
        assert!(!listed.contains(&bad), "{bad} listed: {listed:?}");
    }
    // A name is whole: the later "Jianxiong" is a mention of Yu Jianxiong, not an actor.
    let yu = actor(&a, "Yu Jianxiong");
    assert_eq!(mention_texts(&a, yu), ["Yu Jianxiong", "Jianxiong"]);
    assert!(!listed.contains(&"Jianxiong"), "{listed:?}");
}

/// Korean news in English, in the style of a wire report: names in both orders, with and
/// without hyphens, roles before and after names, agencies and their abbreviations.
const KOREAN_WIRE: &str = "SEOUL, Dec. 30 (Yonhap) -- Sang-mok Choi, the finance minister, said Monday the \
government will spend 5 trillion won over the next three years to support exporters. Choi Sangmok spoke \
after an emergency meeting with the Financial Services Commission (FSC) and the Korea Deposit Insurance \
Corp. (KDIC).

\"We will deploy every available tool,\" the minister said. The Ministry of Economy and Finance (MOEF) said \
earlier this month that it would front-load spending.

FSC Chairman Kim Byoung-hwan said the regulator would expand a bond fund. Shares of Samsung Electronics fell \
2.3 percent, SK hynix lost 3.1 percent and LG Energy Solution dropped 1.8 percent. The MOEF and the KDIC \
declined to comment, and Choi left for Sejong.";

#[test]
fn korean_names_in_both_orders_with_later_short_forms() {
    let a = run(KOREAN_WIRE);
    let choi = actor(&a, "Sang-mok Choi");
    assert_eq!(choi.kind, ActorKind::Person);
    assert_eq!(choi.roles, ["finance minister"]);
    let said: Vec<String> = mention_texts(&a, choi);
    for form in ["Sang-mok Choi", "Choi Sangmok", "minister", "Choi"] {
        assert!(said.iter().any(|m| m == form || m.ends_with(form)), "{form} not linked: {said:?}");
    }
    assert_eq!(a.actors[0].name, "Sang-mok Choi", "{:?}", names(&a));
    let kim = actor(&a, "Kim Byoung-hwan");
    assert_eq!(kim.roles, ["FSC Chairman"]);
}

#[test]
fn korean_agencies_and_affiliates_with_their_abbreviations() {
    let a = run(KOREAN_WIRE);
    for (name, short) in [
        ("Financial Services Commission", "FSC"),
        ("Korea Deposit Insurance Corp.", "KDIC"),
        ("Ministry of Economy and Finance", "MOEF"),
    ] {
        let org = actor(&a, name);
        assert_eq!(org.kind, ActorKind::Organization, "{name}");
        assert!(org.aliases.contains(&short.to_string()), "{name}: {:?}", org.aliases);
    }
    for name in ["Samsung Electronics", "SK hynix", "LG Energy Solution"] {
        assert_eq!(actor(&a, name).kind, ActorKind::Organization, "{name}");
    }
}

#[test]
fn an_agency_opening_its_sentence_is_whole_when_it_speaks() {
    let text = "Statistics Korea said consumer prices rose 1.9 percent in November. \
                The Korea Customs Service said exports grew for a 14th month. Analysts said the data \
                eased pressure on the Bank of Korea.";
    let a = run(text);
    assert_eq!(actor(&a, "Statistics Korea").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Korea Customs Service").kind, ActorKind::Organization);
    assert!(!names(&a).contains(&"Analysts"), "{:?}", names(&a));
}

/// Wire copy on world markets and politics, with the things a reader would not accept as
/// actors: instrument codes, laws and indexes, credit lines.
const WORLD_WIRE: &str = "Asian shares steady as trade doubts linger

On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, the S&P 500 .SPX lost 1.85 points and the Nasdaq Composite .IXIC added 20.72 points. Benchmark 10-year notes US10YT=RR rose 7/32 in price. Spot gold XAU= added 0.1% to $1,472.19 an ounce.

He Jianxiong, the former executive director for China at the International Monetary Fund, said the deal was fragile. He added that Beijing would wait.

The People's Liberation Army took to the streets to clear barricades. The Hong Kong Human Rights and Democracy Act, under consideration by the US Senate, would impose sanctions. The plan is part of the Fourth Energy Technology Development Plan.

In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request. The news was first reported by The Wrap.

Reporting by Stephanie Kelly; Editing by Nick Zieminski and Dan Grebler";

#[test]
fn codes_laws_and_indexes_are_not_actors() {
    let a = run(WORLD_WIRE);
    let listed = names(&a);
    for code in ["DJI", "SPX", "IXIC", "US10YT", "RR", "XAU"] {
        assert!(!listed.contains(&code), "{code}: {listed:?}");
    }
    for thing in [
        "Dow Jones Industrial Average",
        "Hong Kong Human Rights",
        "Fourth Energy Technology Development Plan",
    ] {
        assert!(!listed.iter().any(|n| n.contains(thing)), "{thing}: {listed:?}");
    }
    assert_eq!(actor(&a, "People's Liberation Army").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "US Senate").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "The Wrap").kind, ActorKind::Organization);
}

#[test]
fn names_are_whole_and_roles_set_off_before_them_are_theirs() {
    let a = run(WORLD_WIRE);
    // "He" is the family name here, and only here: "He added" is a pronoun.
    let he = actor(&a, "He Jianxiong");
    assert_eq!(he.roles, ["former executive director for China at the International Monetary Fund"]);
    assert!(mention_texts(&a, he).iter().all(|m| m != "He"), "{:?}", mention_texts(&a, he));
    assert!(!names(&a).contains(&"Jianxiong"));
    let javid = actor(&a, "Sajid Javid");
    assert_eq!(
        (javid.kind, javid.roles.as_slice()),
        (ActorKind::Person, ["UK Home Secretary".to_string()].as_slice())
    );
    assert!(!names(&a).contains(&"UK Home Secretary"), "{:?}", names(&a));

    let bbc = run("Assange was due to be released from HMP Belmarsh in September.\n\n\
                   Caroline Hawley, BBC diplomatic correspondent\n\n\
                   With the investigation dropped, the focus turns to extradition.");
    assert_eq!(actor(&bbc, "Caroline Hawley").roles, ["BBC diplomatic correspondent"]);
    assert!(!names(&bbc).contains(&"Hawley"), "{:?}", names(&bbc));
    assert_eq!(actor(&bbc, "HMP Belmarsh").kind, ActorKind::Organization);
    // Initials in capitals are a person's, not an abbreviation leading an organisation.
    let film = run("The 2013 sequel was directed by J.J. Abrams, who also produced the next one.");
    assert_eq!(actor(&film, "J.J. Abrams").kind, ActorKind::Person);
}

#[test]
fn the_people_credited_for_the_story_and_its_pictures_are_not_actors() {
    let a = run(WORLD_WIRE);
    for credited in ["Stephanie Kelly", "Nick Zieminski", "Dan Grebler"] {
        assert!(!names(&a).contains(&credited), "{credited}: {:?}", names(&a));
    }
    let b = run("Trump keeps world guessing\n\n\
                 Credit...Anna Moneymaker/The New York Times\n\n\
                 When President Trump's advisers suggested a deal, he balked. Samsung contributed to \
                 the fund, said Lee Jae-yong.\n\n\
                 'The movement is broad.' Photograph: AFP via Getty\n\n\
                 Keith Bradsher contributed reporting from Beijing.");
    assert_eq!(names(&b), ["Trump", "Samsung", "Lee Jae-yong"]);
}

#[test]
fn names_with_an_ampersand_or_a_plural_owner_are_whole() {
    let text =
        "\"Samsung has narrowed the gap,\" said Lee Min-hee, an analyst at BNK Investment & Securities.

The Supreme Prosecutors' Office handed its records to the special counsel. The North held a parade to mark \
the founding anniversary of the Workers' Party of Korea.";
    let a = run(text);
    for org in ["BNK Investment & Securities", "Supreme Prosecutors' Office", "Workers' Party of Korea"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    assert_eq!(actor(&a, "Lee Min-hee").roles, ["analyst at BNK Investment & Securities"]);
    for part in ["BNK Investment", "Supreme Prosecutors", "Party of Korea"] {
        assert!(!names(&a).contains(&part), "{part}: {:?}", names(&a));
    }
}

#[test]
fn defined_terms_laws_and_month_abbreviations_are_not_organisations() {
    let text = "LG Energy Solution (LGES) will supply energy storage system (ESS) batteries made of lithium iron \
phosphate (LFP) to a U.S. utility. Excluding tax credits under the U.S. Inflation Reduction Act (IRA), LGES lost \
500 billion won. ESS sales will double, and LFP cells are cheaper; IRA credits may shrink.

The Financial Services Commission (FSC) lowered the cap on loan-to-value (LTV) ratios on Jan. 10, and the LTV cap \
will fall again on Jan. 24, the FSC said.";
    let a = run(text);
    assert_eq!(actor(&a, "LG Energy Solution").aliases, ["LGES"]);
    assert_eq!(actor(&a, "Financial Services Commission").aliases, ["FSC"]);
    let listed = names(&a);
    for not_actor in
        ["ESS", "LFP", "IRA", "LTV", "U.S. Inflation Reduction Act", "Inflation Reduction Act", "Jan"]
    {
        assert!(!listed.contains(&not_actor), "{not_actor}: {listed:?}");
    }
    assert_eq!(a.actors.len(), 2, "{listed:?}");
}

#[test]
fn a_bare_family_name_is_the_person_the_story_is_about_unless_another_was_just_named() {
    let text = "Lee Jae-myung of the Democratic Party won the election with 49.4 percent of the vote. Lee, 61, \
beat Kim Moon-soo. Lee Jun-seok of the minor Reform Party came third.

The new president was sworn in at the National Assembly on Wednesday.

\"I will serve all the people,\" Lee said in his inaugural speech. Lee, a former governor of Gyeonggi Province, \
lost the 2022 election.

Samsung Electronics Chairman Lee Jae-yong attended the ceremony. Lee later told reporters the group would \
invest at home.";
    let a = run(text);
    let president = actor(&a, "Lee Jae-myung");
    assert_eq!(mention_texts(&a, president), ["Lee Jae-myung", "Lee", "Lee", "Lee"]);
    assert_eq!(president.roles, ["former governor of Gyeonggi Province"]);
    assert_eq!(mention_texts(&a, actor(&a, "Lee Jun-seok")), ["Lee Jun-seok"]);
    assert_eq!(mention_texts(&a, actor(&a, "Lee Jae-yong")), ["Lee Jae-yong", "Lee"]);
}

#[test]
fn roles_owned_by_a_party_and_roles_with_an_of_phrase() {
    let text = "\"This budget is a first step,\" Democratic Party floor leader Kim Byung-kee told reporters. \
People Power Party leader Kweon Young-se resigned. Presidential chief of staff Kang Hoon-sik said the office was \
ready.

The team, led by special counsel Min Joong-ki, indicted Han Hak-ja, leader of the Unification Church. Kim Yo-jong, \
the powerful sister of the North Korean leader, said talks were off. Secretary of State Marco Rubio declined to \
comment.";
    let a = run(text);
    for (name, role) in [
        ("Kim Byung-kee", "Democratic Party floor leader"),
        ("Kweon Young-se", "People Power Party leader"),
        ("Kang Hoon-sik", "Presidential chief of staff"),
        ("Min Joong-ki", "special counsel"),
        ("Han Hak-ja", "leader of the Unification Church"),
        ("Kim Yo-jong", "powerful sister of the North Korean leader"),
        ("Marco Rubio", "Secretary of State"),
    ] {
        assert_eq!(actor(&a, name).roles, [role], "{name}");
    }
    for org in ["Democratic Party", "People Power Party", "Unification Church"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
}

#[test]
fn places_written_short_or_by_their_kind_are_not_actors() {
    let text = "N. Korea fires ballistic missiles into East Sea

S. Korea's military said the missiles landed off the coast. Lee, a former governor of Gyeonggi Province, \
called the launch a provocation. Robert S. McNamara was quoted.";
    let a = run(text);
    let listed = names(&a);
    for place in ["N. Korea", "S. Korea", "Gyeonggi Province", "East Sea"] {
        assert!(!listed.contains(&place), "{place}: {listed:?}");
    }
    assert_eq!(actor(&a, "Robert S. McNamara").kind, ActorKind::Person);
}

#[test]
fn a_partys_adjective_is_not_an_organisation() {
    let a = run("In Kentucky, the Democratic candidate, Andy Beshear, won narrowly. Voters were not tired \
                 of Democratic investigations. The six Democratic presidential candidates will debate \
                 in Atlanta on Wednesday.");
    assert!(!names(&a).contains(&"Democratic"), "{:?}", names(&a));
    assert_eq!(actor(&a, "Andy Beshear").kind, ActorKind::Person);
}

#[test]
fn a_compound_adjective_opening_a_sentence_is_not_part_of_the_name_after_it() {
    let a =
        run("Long-dated U.S. Treasury yields slipped on Tuesday. Sang-mok Choi said the budget would pass.");
    assert_eq!(actor(&a, "U.S. Treasury").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Sang-mok Choi").kind, ActorKind::Person);
    assert!(!names(&a).iter().any(|n| n.starts_with("Long-dated")), "{:?}", names(&a));
}

#[test]
fn a_countrys_body_named_by_two_fields_joined_by_and_is_one_name() {
    let text = "State-run Korea Land and Housing Corp. (LH) will start construction next year, with help from \
the Korea Trade and Investment Promotion Agency. LH said costs would rise. Shares of Samsung and LG Electronics \
rose, while Hyundai Motor and Kia Corp. fell, and Kbank and Toss Bank grew.";
    let a = run(text);
    assert_eq!(actor(&a, "Korea Land and Housing Corp.").aliases, ["LH"]);
    assert_eq!(actor(&a, "Korea Trade and Investment Promotion Agency").kind, ActorKind::Organization);
    for org in ["LG Electronics", "Hyundai Motor", "Kia Corp.", "Toss Bank"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    for part in
        ["Korea Land", "Housing Corp.", "Korea Trade", "Samsung and LG Electronics", "Kbank and Toss Bank"]
    {
        assert!(!names(&a).contains(&part), "{part}: {:?}", names(&a));
    }
}

#[test]
fn foreign_partners_named_by_one_word_once() {
    let text = "Samsung SDI said Friday it would convert part of its joint-venture line with Stellantis in \
Indiana. Korean Air finalized an order for Boeing jets, after talks with Airbus stalled. \"The board will \
wait,\" said Kim Jin-wook, an economist at Citi.";
    let a = run(text);
    for company in ["Samsung SDI", "Stellantis", "Boeing", "Airbus", "Citi"] {
        assert_eq!(actor(&a, company).kind, ActorKind::Organization, "{company}");
    }
    assert_eq!(actor(&a, "Kim Jin-wook").roles, ["economist at Citi"]);
}

#[test]
fn roles_from_a_relative_clause_and_abbreviated_titles() {
    let text = "\"We will respond sternly,\" said Ahn Duk-geun, who heads the trade ministry. \
Bank of Korea Gov. Rhee Chang-yong said the central bank would supply liquidity. The governor added that \
markets were stable. Rep. Kwon Seong-dong disagreed.";
    let a = run(text);
    assert_eq!(actor(&a, "Ahn Duk-geun").roles, ["head of the trade ministry"]);
    let rhee = actor(&a, "Rhee Chang-yong");
    assert_eq!(rhee.roles, ["Bank of Korea Governor"]);
    assert_eq!(mention_texts(&a, rhee), ["Rhee Chang-yong", "governor"]);
    assert_eq!(actor(&a, "Kwon Seong-dong").roles, ["Representative"]);
}

#[test]
fn the_body_a_head_leads_is_named_before_the_title() {
    let text = "Korea Zinc Chairman Choi Yun-birm fought Young Poong Chairman Chang Hyung-jin for control. \
The decision came after the U.S. Federal Reserve held its rate. Fed Chair Jerome Powell signaled a cut, and \
the Fed will meet again in September. Reporters asked Land Minister Kim Yun-duk and Vice President JD Vance.";
    let a = run(text);
    for (name, role) in [
        ("Choi Yun-birm", "Korea Zinc Chairman"),
        ("Chang Hyung-jin", "Young Poong Chairman"),
        ("Jerome Powell", "Fed Chair"),
        ("Kim Yun-duk", "Land Minister"),
        ("JD Vance", "Vice President"),
    ] {
        assert_eq!(actor(&a, name).roles, [role], "{name}");
    }
    for org in ["Korea Zinc", "Young Poong"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    let fed = actor(&a, "U.S. Federal Reserve");
    assert_eq!((fed.aliases.as_slice(), fed.mentions.len()), (["Fed".to_string()].as_slice(), 3));
    for not_org in ["Land", "Vice", "Fed"] {
        assert!(!names(&a).contains(&not_org), "{not_org}: {:?}", names(&a));
    }
}

#[test]
fn banks_and_raters_with_names_of_their_own() {
    let text = "Goldman Sachs and Morgan Stanley raised their forecasts for the KOSPI, and BlackRock bought \
shares. S&P Global affirmed the rating, and Fitch Ratings agreed. Morgan Stanley said exports would recover.";
    let a = run(text);
    for org in ["Goldman Sachs", "Morgan Stanley", "BlackRock", "S&P Global", "Fitch Ratings"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    assert_eq!(actor(&a, "Morgan Stanley").mentions.len(), 2);
}

#[test]
fn ships_and_trade_abbreviations_are_not_actors() {
    let text = "Hanwha Ocean won a contract to overhaul the USNS Alan Shepard, and the USS Carl Vinson arrived \
in Busan. Hanwha bought the Philly Shipyard in December. The MRO market is worth about 2 trillion won a year.";
    let a = run(text);
    let listed = names(&a);
    for not_actor in ["USNS", "Alan Shepard", "USS", "Carl Vinson", "MRO"] {
        assert!(!listed.contains(&not_actor), "{not_actor}: {listed:?}");
    }
    assert_eq!(actor(&a, "Philly Shipyard").kind, ActorKind::Organization);
}

#[test]
fn a_company_keeps_its_name_from_the_group_named_after_it() {
    let text =
        "Hyundai Motor Group will invest 125.2 trillion won in Korea. Hyundai Motor Co., Kia Corp. and \
Hyundai Mobis will carry out most of the investment. Shares of Hyundai Motor rose 2.4 percent.";
    let a = run(text);
    let company = actor(&a, "Hyundai Motor Co.");
    assert_eq!(mention_texts(&a, company), ["Hyundai Motor Co.", "Hyundai Motor"]);
    assert_eq!(mention_texts(&a, actor(&a, "Hyundai Motor Group")), ["Hyundai Motor Group"]);
}

#[test]
fn a_company_styled_with_a_small_first_letter() {
    let text = "\"Unless exports recover, the currency will stay under pressure,\" said Park Sang-hyun, an \
economist at iM Securities. The new iPhone sold well and iTunes grew, Apple said. iTunes was updated.";
    let a = run(text);
    assert_eq!(actor(&a, "iM Securities").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Park Sang-hyun").roles, ["economist at iM Securities"]);
    assert!(!names(&a).iter().any(|n| n.starts_with("iPhone") || n.starts_with("iTunes")), "{:?}", names(&a));
}

#[test]
fn a_role_keeps_the_body_that_owns_it_by_a_possessive() {
    let text =
        "Samsung's chairman Lee Jae-yong met the BOK's governor Rhee Chang-yong on Monday. The country's \
finance minister Choi Sang-mok joined them.";
    let a = run(text);
    assert_eq!(actor(&a, "Lee Jae-yong").roles, ["Samsung's chairman"]);
    assert_eq!(actor(&a, "Rhee Chang-yong").roles, ["BOK's governor"]);
    assert_eq!(actor(&a, "Choi Sang-mok").roles, ["finance minister"]);
}

#[test]
fn a_wire_tag_a_descriptor_and_a_given_name_that_is_also_a_place() {
    let text = "(LEAD) Hyundai Motor union stages partial strike

ULSAN, Sept. 3 (Yonhap) -- President and CEO Jose Munoz said the strike would hurt exports. Rival Kia \
Corp. said its lines ran normally. Munoz met the union on Monday.";
    let a = run(text);
    let munoz = actor(&a, "Jose Munoz");
    assert_eq!(
        (munoz.roles.as_slice(), munoz.mentions.len()),
        (["President and CEO".to_string()].as_slice(), 2)
    );
    assert_eq!(actor(&a, "Kia Corp.").kind, ActorKind::Organization);
    let listed = names(&a);
    assert!(!listed.iter().any(|n| *n == "LEAD" || n.starts_with("Rival") || *n == "Munoz"), "{listed:?}");
}

#[test]
fn lenders_in_a_list_and_a_name_given_after_known_as() {
    let text = "The five lenders -- KB Kookmin, Shinhan, Hana, Woori and NH NongHyup -- saw their deposits \
shrink. The Korea Federation of Community Credit Cooperatives, known as MG Saemaul Geumgo, said its deposits \
rose. The results beat the consensus compiled by FnGuide.";
    let a = run(text);
    for org in ["KB Kookmin", "Shinhan", "Hana", "Woori", "NH NongHyup", "FnGuide"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    let federation = actor(&a, "Korea Federation of Community Credit Cooperatives");
    assert_eq!(federation.aliases, ["MG Saemaul Geumgo"]);
    assert!(!names(&a).contains(&"MG Saemaul Geumgo"), "{:?}", names(&a));
}

#[test]
fn programmes_products_and_slogans_are_not_organisations_but_companies_that_act_are() {
    let a = run("Gov. Andy Beshear promised to protect Medicaid and attacked his rival's plan for work requirements. The Medicaid expansion gave coverage to 400,000 residents, and Medicaid was a key issue in the race.

\"GET OUT and VOTE on November 5th for your GREAT Governor, @MattBevin!\" the president wrote. Turnout in the vote was the highest in years.

Apple introduced the Macbook and Macbook Pro on Tuesday. The Macbook starts at $1,099, while the Pro comes in two sizes.

Ryanair said on Monday it would cut flights. Analysts at Ryanair expect weaker fares, and GM and Chrysler asked for loans. Sales at Chrysler fell 30 percent.");
    let n = names(&a);
    for thing in ["Medicaid", "VOTE", "MattBevin", "Macbook", "Macbook Pro"] {
        assert!(!n.contains(&thing), "{thing} in {n:?}");
    }
    for org in ["Ryanair", "Chrysler"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
}

#[test]
fn rooms_and_the_characters_of_a_film_are_not_actors() {
    let a = run("In a dramatic retelling in the Cabinet Room, President Trump said he pressed his team. Reporters waited in the East Room.

Chris Hemsworth will return to reprise his role as George Kirk in the sequel, Paramount said. In the drama, Song Hye-kyo portrays Moon Dong-eun, a woman who plans revenge; Moon Dong-eun becomes a teacher.");
    let n = names(&a);
    for not_actor in ["Cabinet Room", "East Room", "George Kirk", "Moon Dong-eun"] {
        assert!(!n.contains(&not_actor), "{not_actor} in {n:?}");
    }
    for person in ["Trump", "Chris Hemsworth", "Song Hye-kyo"] {
        assert_eq!(actor(&a, person).kind, ActorKind::Person, "{person}");
    }
}

#[test]
fn defendants_with_their_ages_and_a_company_their_title_names() {
    let text = "The court found Park Myung-soo, 67, former CEO of Sungwon Construction, guilty of \
embezzlement. Kim Jung-kwan, the Minister of Trade, Industry and Energy, said the Korea Hydro & Nuclear \
Power deal in the Czech Republic would go ahead.";
    let a = run(text);
    assert_eq!(actor(&a, "Park Myung-soo").roles, ["former CEO of Sungwon Construction"]);
    assert_eq!(actor(&a, "Sungwon Construction").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Kim Jung-kwan").roles, ["Minister of Trade, Industry and Energy"]);
    let listed = names(&a);
    for not_org in ["CEO of Sungwon Construction", "Minister of Trade, Industry and Energy", "Czech Republic"]
    {
        assert!(!listed.contains(&not_org), "{not_org}: {listed:?}");
    }
}

#[test]
fn other_names_an_organisation_goes_by() {
    let text = "Rates stay despite Korea Electric Power Corporation's (KEPCO) debt. LG Energy Solution \
expands its energy storage system plants, and ESS demand grows; shares of LGES rose. Lee met the Japan \
Business Federation, or Keidanren, and lawmakers.";
    let a = run(text);
    assert_eq!(actor(&a, "Korea Electric Power Corporation").aliases, ["KEPCO"]);
    assert_eq!(actor(&a, "LG Energy Solution").aliases, ["LGES"]);
    assert_eq!(actor(&a, "Japan Business Federation").aliases, ["Keidanren"]);
    assert!(!names(&a).contains(&"ESS"), "{:?}", names(&a));
}

#[test]
fn a_counterpart_and_a_name_paired_with_a_person() {
    let text = "Foreign Minister Cho Hyun and his Japanese counterpart Takeshi Iwaya will meet next \
month. Ishiba cited the 1998 joint declaration of Kim Dae-jung and Keizo Obuchi.";
    let a = run(text);
    assert_eq!(actor(&a, "Takeshi Iwaya").roles, ["Japanese counterpart"]);
    assert_eq!(actor(&a, "Keizo Obuchi").kind, ActorKind::Person);
}

#[test]
fn roles_set_off_before_a_name_and_a_name_clipped_in_brackets() {
    let text = "The People Power Party's interim leader, Song Eon-seok, said the party would act. Former \
Seongdong District chief Chung Won-o declared his bid. Workers of Korea Railroad Corp. (Korail) went on \
strike, and Korail cut its services.";
    let a = run(text);
    assert_eq!(actor(&a, "Song Eon-seok").roles, ["People Power Party's interim leader"]);
    assert_eq!(actor(&a, "Chung Won-o").roles, ["Former Seongdong District chief"]);
    let korail = actor(&a, "Korea Railroad Corp.");
    assert_eq!((korail.aliases.as_slice(), korail.mentions.len()), (["Korail".to_string()].as_slice(), 3));
}

#[test]
fn a_room_or_building_where_something_happens_is_a_place() {
    let text = "President Trump announced the trade deal during a meeting in the Oval Office with \
China's top negotiator. The treaty was signed at the White House on Friday.

Later the White House said talks would continue, and the Patent Office said it would review the claims.";
    let a = run(text);
    let n = names(&a);
    assert!(!n.contains(&"Oval Office"), "{n:?}");
    // The White House that speaks is the administration; the one something is signed at is
    // a building.
    let white_house = actor(&a, "White House");
    assert_eq!(mention_texts(&a, white_house), ["White House"]);
    assert_eq!(actor(&a, "Patent Office").kind, ActorKind::Organization);
}

#[test]
fn a_body_or_place_named_after_a_person_is_no_person() {
    let text = "Documents at the Franklin D. Roosevelt Presidential Library show the plan, said \
historian Mary K. Lee. John F. Kennedy International Airport said flights would resume. George W. \
Bush praised the archive. His new film is a look at the New York Public Library and its readers.";
    let a = run(text);
    for x in &a.actors {
        let building = ["Library", "Airport"].iter().any(|w| x.name.contains(w));
        assert!(!(building && x.kind == ActorKind::Person), "{} is no person: {:?}", x.name, names(&a));
        assert_ne!(x.name, "Library", "{:?}", names(&a));
    }
    assert_eq!(actor(&a, "John F. Kennedy International Airport").kind, ActorKind::Organization);
    // What one looks at is no place something happens.
    assert_eq!(actor(&a, "New York Public Library").kind, ActorKind::Organization);
    for person in ["Mary K. Lee", "George W. Bush"] {
        assert_eq!(actor(&a, person).kind, ActorKind::Person, "{person}");
    }
}

#[test]
fn the_actor_a_headline_names_leads() {
    let html = "<html><head><title>Fargo creator Noah Hawley to direct the next space film</title></head>
<body><article><h1>Fargo creator Noah Hawley to direct the next space film</h1>
<p>Noah Hawley, best known for creating the Fargo series, is in final talks to write and direct the fourth film, according to people familiar with the plan.</p>
<p>The film was greenlit in 2016, with reports that Chris Hemsworth would return. It is unclear whether Hemsworth will return, since Hemsworth and the studio could not agree on pay in 2018.</p>
<p>The film will be Hawley's second. A report today says Hemsworth is not in the cast. A spokesperson for Hawley declined to comment.</p>
</article></body></html>";
    let a = common::page(html, Some("https://news.example.com/film/hawley"));
    assert_eq!(a.actors[0].name, "Noah Hawley", "{:?}", names(&a));
}

#[test]
fn titles_of_works_one_stars_in_or_is_a_fan_of_are_not_actors() {
    let text = "Olivia Colman, who starred in The Crown, joins the cast of the new show. Fans of The \
Crown will like it, Netflix said.";
    let a = run(text);
    let n = names(&a);
    for work in ["The Crown", "Crown"] {
        assert!(!n.contains(&work), "{work} in {n:?}");
    }
    assert_eq!(actor(&a, "Netflix").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Olivia Colman").kind, ActorKind::Person);
}

const HOLDERS: &str = "Justices Kim Hyung-du and Jung Hyung-sik dissented. The petition was filed after then-President Yoon Suk Yeol dismissed the broadcaster's head.

\"We will deliver on time,\" Kim Hee-cheul, the CEO of Hanwha Ocean, said in a statement. Hanwha Ocean's shares rose 5.8 percent.

Chang In-hwa, chairman of POSCO Group and head of the Korea Iron & Steel Association, called for emergency financing. Park Sung-hyun founded the company with Oh Jin-wook, now its chief technology officer. The label replaced him with Park Min, a former journalist at the Munhwa Ilbo.

Jeffrey Kessler, undersecretary of commerce for industry and security, spoke at a hearing. Rep. Kim Hyun, a senior member of the Science, ICT, Broadcasting and Communications Committee, welcomed the ruling.";

#[test]
fn roles_of_past_holders_shared_titles_and_two_roles_at_once() {
    let a = run(HOLDERS);
    let roles = |name: &str| actor(&a, name).roles.clone();
    assert_eq!(roles("Kim Hyung-du"), ["Justices"]);
    assert_eq!(roles("Jung Hyung-sik"), ["Justices"]);
    assert_eq!(roles("Yoon Suk Yeol"), ["then-President"]);
    assert_eq!(roles("Kim Hee-cheul"), ["CEO of Hanwha Ocean"]);
    assert_eq!(actor(&a, "Hanwha Ocean").kind, ActorKind::Organization);
    assert_eq!(
        roles("Chang In-hwa"),
        ["chairman of POSCO Group", "head of the Korea Iron & Steel Association"]
    );
    assert_eq!(roles("Oh Jin-wook"), ["chief technology officer"]);
    assert_eq!(roles("Park Min"), ["former journalist at the Munhwa Ilbo"]);
    assert_eq!(roles("Jeffrey Kessler"), ["undersecretary of commerce for industry and security"]);
    assert!(roles("Kim Hyun").contains(
        &"senior member of the Science, ICT, Broadcasting and Communications Committee".to_string()
    ));
}

const STARTUPS: &str = "Park was a former engineer at Intel and SpaceX. FuriosaAI, which turned down an acquisition offer from Meta in March, closed a bridge round, while DeepX is preparing to list on the Kosdaq.

KB Financial Group said its net profit rose 64 percent, as one-off costs tied to Hong Kong-linked securities dropped out. Shares of KB Financial rose 3.6 percent.

Industry Minister Kim Jung-kwan held an emergency meeting at the Korea Chamber of Commerce and Industry on Tuesday morning.";

#[test]
fn styled_startups_a_group_without_its_suffix_and_a_chamber_before_a_day() {
    let a = run(STARTUPS);
    for org in ["SpaceX", "FuriosaAI", "DeepX", "Korea Chamber of Commerce and Industry"] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    let kb = actor(&a, "KB Financial Group");
    assert_eq!(kb.aliases, ["KB Financial"]);
    assert!(!names(&a).iter().any(|n| n.contains("Hong Kong")), "{:?}", names(&a));
}

const OWNED: &str = "Rebellions merged with SK Group's Sapeon Korea in December. Lawmakers on the National Assembly's National Defense Committee called for clearer rules. Park Sung-hoon is a professor at Korea University's Graduate School of International Studies.";

#[test]
fn a_body_owned_by_another_with_a_name_of_its_own() {
    let a = run(OWNED);
    for org in
        ["SK Group", "Sapeon Korea", "National Assembly", "National Defense Committee", "Korea University"]
    {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    assert!(!names(&a).iter().any(|n| n.contains("Graduate School")), "{:?}", names(&a));
}

const SOURCES_AND_TOWNS: &str = "SK hynix is building a plant in West Lafayette, Indiana, while Samsung is investing in its Taylor, Texas, campus. TSMC was notified of the same change on Tuesday, according to Reuters.";

#[test]
fn a_cited_source_is_an_organisation_and_a_town_before_its_state_is_none() {
    let a = run(SOURCES_AND_TOWNS);
    assert_eq!(actor(&a, "Reuters").kind, ActorKind::Organization);
    assert!(!names(&a).iter().any(|n| n.contains("Lafayette") || n.contains("Taylor")), "{:?}", names(&a));
}

const NAMES_THAT_SPELL_WORDS: &str = "Chinese Vice Premier Liu He met U.S. Trade Representative Jamieson Greer in Geneva on Monday. Liu He later told reporters that China would buy more soybeans.

Badminton star An Se-young attended the gala. So Ji-sub, an actor, did not. \"This is a message aimed at Washington,\" said Hong Min, a senior research fellow at the Korea Institute for National Unification.";

#[test]
fn names_whose_parts_are_also_english_words_are_whole() {
    let a = run(NAMES_THAT_SPELL_WORDS);
    for name in ["Liu He", "An Se-young", "So Ji-sub", "Hong Min"] {
        assert_eq!(actor(&a, name).kind, ActorKind::Person, "{name}: {:?}", names(&a));
    }
    assert_eq!(actor(&a, "Liu He").mentions.len(), 2);
    assert_eq!(actor(&a, "So Ji-sub").roles, ["actor"]);
    assert!(actor(&a, "Hong Min").roles[0].starts_with("senior research fellow"));
    assert!(!names(&a).iter().any(|n| *n == "Ji-sub" || *n == "Se-young"), "{:?}", names(&a));
}

const TWO_PEOPLE_AND_A_COMMITTEE: &str = "Foreign Minister Cho Hyun held a phone call with U.S. Secretary of State Marco Rubio and Japanese Foreign Minister Toshimitsu Motegi in the afternoon. Opposition lawmakers walked out of a meeting of the Special Committee on Budget and Accounts. Munoz, a former Nissan executive, has cut incentives. China's top trade negotiator Li Chenggang said talks would resume.";

#[test]
fn an_of_phrase_ends_at_a_person_and_a_committee_keeps_its_subject() {
    let a = run(TWO_PEOPLE_AND_A_COMMITTEE);
    assert_eq!(actor(&a, "Marco Rubio").roles, ["U.S. Secretary of State"]);
    assert_eq!(actor(&a, "Toshimitsu Motegi").roles, ["Japanese Foreign Minister"]);
    assert_eq!(actor(&a, "Special Committee on Budget and Accounts").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Nissan").kind, ActorKind::Organization);
    assert_eq!(actor(&a, "Li Chenggang").roles, ["top trade negotiator"]);
}

#[test]
fn a_quarter_code_in_a_headline_is_no_part_of_the_company() {
    let a = run("Hyundai Motor Q2 profit slides 16% on US tariffs\n\nHyundai Motor said its second-quarter operating profit fell 16 percent.");
    assert_eq!(actor(&a, "Hyundai Motor").kind, ActorKind::Organization);
    assert!(!names(&a).iter().any(|n| n.contains("Q2")), "{:?}", names(&a));
}

const TWO_ROLES_AND_A_RANK: &str = "JCS Chairman Gen. Jin Yong-sung held a call with Lt. Gen. Kim Ho-bok. \"This contract is the proof,\" Jun Young-hyun, vice chairman and head of the Device Solutions (DS) division, told employees. Choi Young-sik, the honorary chairman and uncle of the current chairman, sided with his nephew. Kim Tae-han, President and CEO of Samsung Biologics, spoke. Lee Eog-weon, chairman of the Financial Services Commission (FSC), agreed.";

#[test]
fn an_office_before_a_rank_and_two_roles_joined_by_and() {
    let a = run(TWO_ROLES_AND_A_RANK);
    assert_eq!(actor(&a, "Jin Yong-sung").roles, ["JCS Chairman"]);
    assert_eq!(actor(&a, "Kim Ho-bok").roles, ["Lieutenant General"]);
    assert_eq!(
        actor(&a, "Jun Young-hyun").roles,
        ["vice chairman", "head of the Device Solutions (DS) division"]
    );
    assert_eq!(actor(&a, "Choi Young-sik").roles, ["honorary chairman", "uncle of the current chairman"]);
    assert_eq!(actor(&a, "Kim Tae-han").roles, ["President and CEO of Samsung Biologics"]);
    assert_eq!(actor(&a, "Samsung Biologics").kind, ActorKind::Organization);
    assert!(!names(&a).iter().any(|n| n.starts_with("President")), "{:?}", names(&a));
    assert_eq!(actor(&a, "Lee Eog-weon").roles, ["chairman of the Financial Services Commission"]);
}

const BODIES_AND_PAST_OFFICES: &str = "His predecessor, then-Prime Minister Petr Fiala, had championed the bid. Then-Foreign Minister Park Jin announced the plan. The LG Twins signed third baseman Yoon Seok-jae, and Netflix co-CEO Ted Sarandos praised veteran actor Jo Min-gook. An Hye-young, vice chair of the Presidential Committee on Ageing Society and Population Policy, spoke. Korea's Ministry of Climate, Energy and Environment and Japan's Ministry of Economy, Trade and Industry will create a fund. Families will get benefits from the Korea Workers' Compensation & Welfare Service. Five National Assembly seats are at stake. Chung met John Phelan, the US Secretary of the Navy, in Washington.";

#[test]
fn past_and_shared_offices_bodies_named_by_their_fields_and_a_count_opening_a_sentence() {
    let a = run(BODIES_AND_PAST_OFFICES);
    for (name, role) in [
        ("Petr Fiala", "then-Prime Minister"),
        ("Park Jin", "then-Foreign Minister"),
        ("Yoon Seok-jae", "third baseman"),
        ("Ted Sarandos", "Netflix co-CEO"),
        ("Jo Min-gook", "actor"),
    ] {
        assert_eq!(actor(&a, name).roles[0], role, "{name}");
    }
    for org in [
        "Presidential Committee on Ageing Society and Population Policy",
        "Ministry of Climate, Energy and Environment",
        "Korea Workers' Compensation & Welfare Service",
        "National Assembly",
    ] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}: {:?}", names(&a));
    }
    let wrong = |n: &&str| {
        n.contains("Population Policy") && n.len() < 20
            || n.ends_with("and Japan")
            || n.starts_with("Five")
            || n.contains("Secretary of the Navy")
    };
    assert!(!names(&a).iter().any(wrong), "{:?}", names(&a));
}

#[test]
fn a_groups_flagship_is_a_company_of_its_own() {
    let a = run("Hyundai Motor Group Executive Chair Euisun Chung opened the plant. Hyundai Motor said its operating profit fell 16 percent, while Lotte Group said Lotte would invest more. KB Financial Group reported record earnings, and KB Financial shares rose.");
    assert_eq!(actor(&a, "Hyundai Motor").kind, ActorKind::Organization);
    assert!(actor(&a, "Hyundai Motor Group").aliases.iter().all(|n| n != "Hyundai Motor"));
    assert!(actor(&a, "Lotte Group").aliases.iter().any(|n| n == "Lotte"));
    assert!(actor(&a, "KB Financial Group").aliases.iter().any(|n| n == "KB Financial"));
}

const PORTFOLIOS_AND_SHORT_NAMES: &str = "Interior and Safety Minister Yun Ho-jung raised the heat alert on Sunday. Climate, Energy and Environment Minister Kim Sung-whan met power companies. SMEs and Startups Minister Han Seong-sook said the budget would grow. Rep. Park Min-ho, who sits on the National Assembly's Strategy and Finance Committee, objected. The Seoul Southern District Prosecutors' Office sent investigators to the company's offices in Pangyo and to the homes of founder and Chairman Baek Seung-hwan. Prosecutors raided Haneul Interactive, the developer of the game, on Wednesday, and Haneul said it would cooperate. A Hanwha Ocean-led consortium won the order. The deal revived memories of Lone Star, the U.S. private equity firm that sold Korea Exchange Bank, and a tribunal ordered the government to pay Lone Star US$216 million. Aurelia will buy 14.8% of BNK Financial Group for KRW 1.2 trillion, and BNK said its board approved the sale. Sanofi agreed to buy U.S. rare disease drugmaker Blueprint Medicines in June. The two signed the deal on the sidelines of the J.P. Morgan Healthcare Conference in San Francisco.";

#[test]
fn portfolios_joined_by_and_bodies_described_by_their_kind_first_words_alone_and_no_gatherings() {
    let a = run(PORTFOLIOS_AND_SHORT_NAMES);
    for (name, role) in [
        ("Yun Ho-jung", "Interior and Safety Minister"),
        ("Kim Sung-whan", "Climate, Energy and Environment Minister"),
        ("Han Seong-sook", "SMEs and Startups Minister"),
        // The prosecutors' office is named in the sentence, but he chairs the company.
        ("Baek Seung-hwan", "Chairman"),
    ] {
        assert_eq!(actor(&a, name).roles, [role], "{name}");
    }
    for org in [
        "Strategy and Finance Committee",
        "Hanwha Ocean",
        "Lone Star",
        "BNK Financial Group",
        "Haneul Interactive",
    ] {
        assert_eq!(actor(&a, org).kind, ActorKind::Organization, "{org}");
    }
    let names = names(&a);
    // A gathering is no actor, whatever names it holds.
    for wrong in [
        "Haneul",
        "BNK",
        "Hanwha Ocean-led",
        "Lone Star US",
        "Finance Committee",
        "J.P.",
        "Morgan Healthcare Conference",
    ] {
        assert!(!names.iter().any(|n| *n == wrong || n.ends_with("for KRW")), "{wrong} in {names:?}");
    }
}

const ROLES_IN_APPOSITION: &str = "Ulsan HD FC striker Cha Seung-woo is set to move to Germany. Cha finished behind Jeonbuk Hyundai Motors forward Jeon Jin-woo. The deal was brokered by Marc Hoffmann, a Munich-based intermediary who has worked on several moves. Kevin Kim, the charge d'affaires at the US Embassy in Seoul, spoke at a forum. Kim Yo-jong, the powerful sister of North Korean leader Kim Jong-un and a vice department director of the ruling Workers' Party of Korea, dismissed the talks. His eldest son Park Min-jae, the company's president and CEO since 2021, called the funds speculators. Lee Seok-jun, a lawyer at Bae, Kim & Lee who represented the companies, said they would appeal. The agency hired Kim & Chang. The Economic, Social and Labor Council (ESLC) met on Monday, and Chrysler, Ford and General Motors asked for loans. He replaces Kang Hoon-sik, who had served as chief of staff since the launch. At Seoul National University Hospital, doctors walked out. Chinese Ambassador to Korea Dai Bing said tours would grow. Yun Da-som is an analyst at Shinhan Investment Corp. She expects the won to rise.";

#[test]
fn roles_in_apposition_sports_clubs_firms_of_partners_and_bodies_named_by_fields() {
    let a = run(ROLES_IN_APPOSITION);
    for (name, role) in [
        ("Cha Seung-woo", "Ulsan HD FC striker"),
        ("Jeon Jin-woo", "Jeonbuk Hyundai Motors forward"),
        ("Marc Hoffmann", "Munich-based intermediary"),
        ("Kevin Kim", "charge d'affaires at the US Embassy in Seoul"),
        // A second role with its own article ends the first.
        ("Kim Yo-jong", "powerful sister of North Korean leader Kim Jong-un"),
        // Two bare titles are one office, and "since 2021" says when, not what.
        ("Park Min-jae", "company's president and CEO"),
        ("Lee Seok-jun", "lawyer at Bae, Kim & Lee"),
        ("Kang Hoon-sik", "chief of staff"),
        ("Dai Bing", "Chinese Ambassador to Korea"),
    ] {
        assert_eq!(actor(&a, name).roles[0], role, "{name}");
    }
    // A body named by the fields of its work is one; companies listed before a company's
    // head are several.
    for firm in
        ["Bae, Kim & Lee", "Kim & Chang", "Economic, Social and Labor Council", "General Motors", "Ford"]
    {
        assert_eq!(actor(&a, firm).kind, ActorKind::Organization, "{firm}");
    }
}
