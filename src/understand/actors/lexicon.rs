//! The word tables the actor finder reasons with. Everything that decides "is this a
//! title, an organisation, a place or a given name" lives here as data, so adding a word
//! never means adding a branch.
//!
//! Lookups are exact and case-sensitive unless a function says otherwise; the tables hold
//! the capitalised form news copy uses.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Words that make a capitalised phrase a role when they stand before a name ("U.S.
/// Treasury Secretary Scott Bessent", "Acting President Han Duck-soo"). Compared
/// case-insensitively, so "analyst" before a name counts as well.
const TITLE_HEADS: &[&str] = &[
    "president", "minister", "secretary", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo",
    "cto", "governor", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "lawmaker",
    "mayor", "director", "commissioner", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "judge", "justice", "king", "queen", "prince", "princess", "pope", "emperor", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "leader", "chancellor", "premier", "speaker",
    "attorney", "commander", "admiral", "gov.", "pres.", "supt.", "gen.", "lt.", "col.", "sgt.", "capt.", "captain", "analyst",
    "economist", "researcher", "founder", "co-founder", "treasurer", "adviser", "advisor", "counselor",
    "administrator", "officer", "executive", "head", "chief", "manager", "dean", "deputy", "presidential",
    "president-elect", "superintendent", "inspector", "prosecutor", "strategist", "vice-chairman",
    "vice-president", "auditor", "chairman-elect", "marshal", "sheriff", "bishop", "cardinal",
    "rabbi", "reverend", "rev.", "sir", "lord", "lady", "dame", "coach", "trader", "partner", "fellow",
    "correspondent", "editor", "reporter", "columnist", "owner", "heir", "scholar", "lawyer", "spokesmen",
    "secretary-general", "director-general", "commander-in-chief", "chief-of-staff", "lawmakers",
];

/// Words that only qualify a following title ("Deputy Prime Minister", "Acting President").
const TITLE_MODIFIERS: &[&str] = &[
    "deputy", "vice", "acting", "former", "prime", "chief", "executive", "senior", "first", "interim",
    "assistant", "associate", "managing", "general", "junior", "principal", "special", "co", "incoming",
    "outgoing", "then", "late", "emeritus", "trade", "finance", "foreign", "defense", "defence", "unification",
    "commerce", "justice", "interior", "home", "labor", "labour", "health", "education", "energy", "industry",
    "treasury", "state", "economy", "culture", "environment", "transport", "agriculture", "science",
    "presidential", "national", "security", "operating", "financial", "technology", "information",
    "floor", "majority", "minority",
];

/// The last words of organisation names ("Korea University", "Ford Motor Company").
const ORG_HEADS: &[&str] = &[
    "Ministry", "Office", "Assembly", "Bank", "University", "Group", "Electronics", "Corp.", "Corp", "Corporation",
    "Party", "Commission", "Agency", "Court", "Company", "Co.", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "PLC", "plc",
    "AG", "SA", "NV", "SpA", "GmbH", "Holdings", "Motors", "Motor", "Airlines", "Airways", "Air", "Association",
    "Institute", "Council", "Committee", "Board", "Service", "Services", "Department", "Administration", "Bureau",
    "Authority", "Fund", "Foundation", "Exchange", "Federation", "Union", "Organization", "Organisation",
    "Treasury", "Reserve", "Force", "Forces", "Army", "Navy", "Police", "Guard", "Senate", "Congress",
    "Parliament", "Cabinet", "Government", "Industries", "Industrial", "Chemical", "Steel", "Securities",
    "Insurance", "Capital", "Partners", "Investment", "Investments", "Financial", "Bancorp", "Technologies",
    "Telecom", "Communications", "Networks", "Systems", "Pharmaceuticals", "Pharma", "Energy", "Petroleum",
    "Oil", "Shipbuilding", "Heavy", "Engineering", "Construction", "Entertainment", "Media", "Times", "Post",
    "Journal", "News", "Daily", "Ilbo", "Herald", "Press", "Broadcasting", "Television", "Network", "School",
    "College", "Academy", "Hospital", "Center", "Centre", "Club", "League", "Team", "Alliance", "Coalition",
    "Society", "Labs", "Laboratories", "Research", "Management", "Mutual", "Brothers", "Enterprises",
    "Tribunal", "Prosecutors", "Prosecution", "Directorate", "Secretariat", "Embassy", "Consulate", "Mission",
    "Corps", "Mart", "Telecommunications", "Logistics", "Shipping", "Lines", "Automotive", "Aerospace",
    "Semiconductor", "Display", "House", "Computer", "Computers", "Aircraft", "Airplanes", "Trading", "Bio", "Biologics", "Card", "Life", "Chaebol", "Conglomerate", "Stores",
];

/// Organisation heads that govern an "of" phrase ("Bank of Korea", "Ministry of Strategy
/// and Finance", "Graduate School of International Studies").
const ORG_OF_HEADS: &[&str] = &[
    "Ministry", "Bank", "University", "Office", "Department", "Bureau", "Board", "Council", "Committee",
    "Commission", "Agency", "Institute", "Federation", "Association", "Chamber", "Court", "School", "College",
    "Academy", "Church", "Union", "League", "Organization", "Organisation", "Corporation", "Society",
    "Administration", "Service", "Fund", "Federation", "Embassy", "House", "Party", "Confederation",
    "Secretariat", "Directorate", "Authority", "Center", "Centre", "Republic", "Kingdom", "Tribunal", "Chiefs",
    "Group", "Club",
];

/// Company-form suffixes dropped when deriving a short form ("Apple Inc." → "Apple").
pub const ORG_SUFFIXES: &[&str] = &[
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Company", "Ltd.", "Ltd", "LLC", "PLC", "plc",
    "AG", "SA", "NV", "SpA", "GmbH", "Group", "Holdings", "Limited",
];

/// Upper-case words that are not organisations: units, currencies, common abbreviations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "LNG", "AI", "TV", "IT",
    "PC", "OK", "AM", "PM", "A.M.", "P.M.", "USD", "KRW", "EUR", "JPY", "CNY", "GMT", "UTC", "KST", "EST",
    "EDT", "PST", "PDT", "DMZ", "ICBM", "VAT", "IPO", "R&D", "M&A", "ETF", "II", "III", "IV", "VI", "VII", "FTA",
    "ROK", "DPRK", "UAE", "PR", "HR", "ID", "CPI", "PPI", "EV", "EVs", "SUV", "SUVs", "GPS", "DNA", "HIV", "AIDS",
    "COVID", "CO2", "MW", "GW", "KW", "KM", "PhD", "Ph.D.", "MBA", "BY", "BBQ", "FAQ", "VIP", "AP", "AFP",
    "OS", "CD", "DVD", "USB", "LCD", "OLED", "HBM", "DRAM", "NAND", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "A380",
    "UFO", "IQ", "ATM", "YoY", "PDF", "RSS", "URL", "WWW", "NK", "SDK", "API", "GB", "MB", "TB", "KB", "GHz",
    "MHz", "KOSPI", "KOSDAQ", "AU", "NZ", "HK", "C.E.O.", "MRO", "WWDC", "CES", "MWC", "OS", "UI", "iOS", "FY", "YTD", "BPS",
];

/// Upper-case names that are organisations even though they look like abbreviations.
const KNOWN_ORG_ACRONYMS: &[&str] = &["SK", "LG", "AP", "AFP", "UN", "EU", "NATO", "OPEC", "IMF", "WTO", "G7", "G20"];

/// Capitalised words that are never actors by themselves (besides [`CALENDAR`]): site
/// chrome, function words that start sentences, generic capitalised nouns.
const NOT_ACTORS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
    "Nov.", "Dec.", "Related",
    "Article", "Articles", "Home", "Print", "Share", "Twitter", "Facebook", "Instagram", "YouTube",
    "KakaoTalk", "Line", "Email", "E-mail", "Comments", "Comment", "Newsletter", "Advertisement", "Subscribe",
    "Copyright", "Photo", "Video", "Reporter", "Log", "Login", "Sign", "Menu", "Search", "Top", "Most",
    "Popular", "Read", "More", "Click", "Internet", "Web", "Christmas", "Easter", "Chuseok", "Seollal", "New",
    "Year", "God", "I", "OK", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Jr.", "Sr.", "Inc.", "Co.",
    "Corp.", "Ltd.", "A", "An", "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "You",
    "His", "Her", "Their", "Its", "Our", "But", "And", "Or", "If", "As", "At", "In", "On", "Of", "For", "To",
    "With", "By", "From", "After", "Before", "While", "When", "Where", "Why", "How", "What", "Who", "Which",
    "There", "Here", "Also", "Yet", "So", "Still", "Meanwhile", "However", "Although", "Though", "Since",
    "Because", "Under", "Over", "About", "According", "Following", "Apart", "Experts", "Details", "Officials",
    "Analysts", "Sources", "Source", "Page", "Section", "Chapter", "Part", "Figure", "Table", "Editor",
    "Opinion", "Editorial", "Column", "Letters", "Sports", "Business", "Politics", "National", "World",
    "Economy", "Culture", "Entertainment", "Lifestyle", "Tech", "Science", "Health", "Travel", "Food",
    "Breaking", "Update", "Updated", "Exclusive", "Analysis", "Interview", "Feature", "Note", "Notes",
    "Monday's", "No.", "Today", "Tomorrow", "Yesterday", "Tonight", "Week", "Month", "Stock", "Stocks", "Bitcoin",
    "Western", "Eastern", "Northern", "Southern", "Central", "Republican", "Democrat", "Democrats",
    "Republicans", "Conservative", "Liberal", "Communist", "Islamic", "Muslim", "Christian", "Catholic",
    "Buddhist", "English", "Hangul", "Latin", "Cabinet", "Parliament", "Government", "State", "Federal",
];

/// Countries, regions and cities: places, not actors (the finder still keeps them inside
/// organisation names such as "Bank of Korea" or "Korea University").
const PLACES: &[&str] = &[
    "Korea", "South", "North", "East", "West", "Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju",
    "Ulsan", "Sejong", "Jeju", "Gyeonggi", "Gangwon", "Chungcheong", "Jeolla", "Gyeongsang", "Pyongyang",
    "Yongsan", "Gangnam", "Yeouido", "Panmunjom", "Kaesong", "Pangyo", "Suwon", "Changwon", "Pohang", "Ulleung",
    "Dokdo", "U.S.", "US", "USA", "America", "United", "States", "Kingdom", "UK", "U.K.", "Britain", "England",
    "Scotland", "Wales", "Ireland", "China", "Japan", "Taiwan", "Hong", "Kong", "Macau", "Russia", "India",
    "Pakistan", "Vietnam", "Thailand", "Singapore", "Malaysia", "Indonesia", "Philippines", "Australia",
    "Zealand", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Cuba",
    "France", "Germany", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Switzerland", "Austria",
    "Sweden", "Norway", "Denmark", "Finland", "Poland", "Ukraine", "Romania", "Hungary", "Greece", "Turkey",
    "Czech", "Israel", "Iran", "Iraq", "Syria", "Saudi", "Arabia", "Qatar", "Kuwait", "Egypt", "Jordan",
    "Lebanon", "Afghanistan", "Nigeria", "Kenya", "Africa", "Europe", "Asia", "Oceania", "Antarctica",
    "Mongolia", "Kazakhstan", "Uzbekistan", "Myanmar", "Cambodia", "Laos", "Bangladesh", "Nepal", "Sri",
    "Lanka", "Emirates", "Dubai", "Washington", "Beijing", "Shanghai", "Tokyo", "Osaka", "Moscow", "London",
    "Paris", "Berlin", "Brussels", "Geneva", "Rome", "Madrid", "Vienna", "Amsterdam", "Stockholm", "Toronto",
    "Ottawa", "Sydney", "Melbourne", "Canberra", "Delhi", "Mumbai", "Bangkok", "Hanoi", "Jakarta", "Manila",
    "Taipei", "Shenzhen", "Guangzhou", "Toulouse", "Seattle", "Chicago", "Detroit", "Boston", "Houston",
    "Dallas", "Atlanta", "Miami", "York", "Los", "Angeles", "San", "Francisco", "Diego", "Jose", "Texas",
    "California", "Florida", "Virginia", "Ohio", "Michigan", "Georgia", "Alaska", "Hawaii", "Arizona",
    "Nevada", "Oregon", "Illinois", "Pennsylvania", "Carolina", "Massachusetts", "Tennessee", "Alabama",
    "Indiana", "Kentucky", "Louisiana", "Missouri", "Minnesota", "Wisconsin", "Colorado", "Utah", "Iowa",
    "Kansas", "Nebraska", "Dakota", "Montana", "Idaho", "Wyoming", "Maine", "Vermont", "Connecticut",
    "Maryland", "Delaware", "Jersey", "Oklahoma", "Arkansas", "Mississippi", "Gulf", "Pacific", "Atlantic",
    "Arctic", "Indian", "Ocean", "Sea", "Yellow", "Peninsula", "Silicon", "Valley", "Wall", "Street", "Street's",
    "Capitol", "Hill", "Pentagon's", "Frankfurt", "Munich", "Milan", "Heathrow", "Dublin", "Kyiv", "Kiev",
    "Gaza", "Crimea", "Tehran", "Baghdad", "Riyadh", "Doha", "Istanbul", "Ankara", "Cairo", "Lagos", "Nairobi",
    "Yokohama", "Nagoya", "Kyoto", "Fukushima", "Okinawa", "Hokkaido", "Vladivostok", "Manhattan", "Brooklyn",
    "Hollywood", "Vegas", "Orlando", "Phoenix", "Denver", "Portland", "Philadelphia", "Pittsburgh",
    "Baltimore", "Cleveland", "Cincinnati", "Nashville", "Memphis", "Austin", "Caribbean", "Balkans",
    "Scandinavia", "Siberia", "Eurasia", "Americas", "Mideast", "Middle", "Far", "Latin", "Ontario", "Quebec",
    "Alberta", "Manitoba", "Columbia", "Bavaria", "Catalonia", "Sichuan", "Guangdong", "Fujian", "Hubei",
    "Wuhan", "Tianjin", "Chongqing", "Xinjiang", "Tibet", "Kyushu", "Honshu", "Petersburg", "Montreal",
    "Vancouver", "Calgary", "Edinburgh", "Manchester", "Birmingham", "Liverpool", "Lyon", "Marseille",
    "Hamburg", "Stuttgart", "Cologne", "Zurich", "Oslo", "Copenhagen", "Helsinki", "Warsaw", "Prague",
    "Budapest", "Bucharest", "Athens", "Lisbon", "Barcelona", "Naples", "Venice", "Florence", "Cupertino",
    "Redmond", "Hanoi", "Saigon", "Phnom", "Penh", "Yangon", "Kathmandu", "Karachi", "Lahore",
    "Dhaka", "Colombo", "Ulaanbaatar", "Astana", "Tashkent", "Bali", "Sumatra", "Java", "Borneo", "Luzon",
    "Mindanao", "Guam", "Saipan", "Honolulu", "Anchorage", "Gyeongju", "Andong", "Jeonju", "Chuncheon",
    "Cheongju", "Yeosu", "Mokpo", "Gimpo", "Paju", "Goyang", "Seongnam", "Yongin", "Hwaseong", "Pyeongtaek",
    "Dongducheon", "Uijeongbu", "Gunsan", "Geoje", "Tongyeong", "Sokcho", "Gangneung", "Wonsan", "Sinuiju",
    "Hamhung", "Rason", "Nampo", "Dandong", "Shenyang", "Harbin", "Dalian", "Qingdao", "Xiamen", "Hangzhou",
    "Nanjing", "Suzhou", "Macao", "Kaohsiung", "Fukuoka", "Sapporo", "Kobe", "Hiroshima", "Nagasaki",
];

/// Calendar words: a name ending in one is a day or a season, not an actor ("Black Monday").
const CALENDAR: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Day", "Eve", "Week", "Weekend", "Spring", "Summer", "Autumn", "Fall", "Winter", "Holiday", "Holidays",
];

/// Organisation words that are organisations by themselves ("Congress said").
const INSTITUTIONS: &[&str] = &["Congress", "Senate", "Treasury", "Pentagon", "Kremlin", "Vatican", "Navy", "Army", "Interpol"];

/// Adjectives of nationality or origin ("Korean", "Alaskan"): not actors on their own.
const NATIONALITIES: &[&str] = &[
    "Korean", "Koreans", "American", "Americans", "Chinese", "Japanese", "Russian", "Russians", "Indian",
    "British", "English", "French", "German", "Germans", "Italian", "Spanish", "Portuguese", "Dutch",
    "Belgian", "Swiss", "Austrian", "Swedish", "Norwegian", "Danish", "Finnish", "Polish", "Ukrainian",
    "Romanian", "Hungarian", "Greek", "Turkish", "Israeli", "Iranian", "Iraqi", "Syrian", "Saudi", "Qatari",
    "Egyptian", "Afghan", "Pakistani", "Vietnamese", "Thai", "Singaporean", "Malaysian", "Indonesian",
    "Filipino", "Australian", "Canadian", "Mexican", "Brazilian", "Argentine", "Chilean", "Cuban",
    "European", "Europeans", "Asian", "Asians", "African", "Alaskan", "Texan", "Californian", "Taiwanese",
    "Mongolian", "Irish", "Scottish", "Welsh", "Czech", "Nigerian", "Kenyan", "Arab", "Palestinian",
    "Lebanese", "Jordanian", "Kuwaiti", "Emirati", "Scandinavian", "Latin", "Hispanic", "Western",
    "Eastern", "North", "South", "Northeast", "Southeast", "Transatlantic", "Pacific", "Atlantic", "Soviet",
    "Communist", "Sino", "Sino-U.S.", "Korea-U.S.", "Korea-Japan", "U.S.-China", "Anglo", "Romanian",
];

/// Korean surnames in their common romanisations (the family name comes first).
const KOREAN_SURNAMES: &[&str] = &[
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Bak", "Choi", "Choe", "Chey", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Rim", "Han", "Oh", "Seo", "Suh", "Shin", "Sin",
    "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Hong", "Moon", "Mun", "Jeon", "Chun", "Ko", "Koh",
    "Go", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung",
    "Seong", "Cha", "Joo", "Ju", "Woo", "Min", "Na", "Ra", "Jin", "Chin", "Ji", "Um", "Eom", "Won", "Byun",
    "Byeon", "Gil", "Kil", "Pyo", "Cheon", "Gong", "Kong", "Hyun", "Hyeon", "Yeo", "Do", "Tak", "Seok", "Sun",
    "Jun", "Maeng", "Wi", "Ok", "Ma", "Choo", "Chu", "Kook", "Gook", "Lew", "Hahn", "Yeom", "Shim", "Sim",
    "Myung", "Ryoo", "Bang", "Cheong", "Geum", "Keum", "Park's",
];

/// Common given names (Western and international) that mark a capitalised pair as a
/// person's name even without a title.
const GIVEN_NAMES: &[&str] = &[
    "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
    "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Steve", "Paul", "Andrew",
    "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Tim", "Ronald", "Edward", "Jason", "Jeffrey",
    "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
    "Benjamin", "Ben", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis",
    "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle",
    "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry",
    "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce",
    "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene",
    "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Howard", "Jamieson", "Jim", "Jimmy",
    "Bill", "Bob", "Tom", "Tony", "Mike", "Dick", "Ted", "Ken", "Fred", "Fritz", "Hank", "Ian", "Colin",
    "Gordon", "Tony", "Nigel", "Neil", "Graham", "Barack", "Hillary", "Joe", "Kamala", "Mitt", "Rex", "Mike",
    "Marco", "Elon", "Jeff", "Warren", "Jamie", "Janet", "Jerome", "Ben", "Alan", "Mary", "Patricia",
    "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa",
    "Betty", "Margaret", "Sandra", "Sandy", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy",
    "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia",
    "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen",
    "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria",
    "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren",
    "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
    "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice",
    "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella",
    "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Dana",
    "Condoleezza", "Madeleine", "Angela", "Theresa", "Ursula", "Christine", "Gina", "Nikki", "Tulsi",
    "Martin", "Noel", "Michel", "Pierre", "Jean-Claude", "Jacques", "Emmanuel", "Nicolas", "Francois",
    "François", "Hans", "Klaus", "Jurgen", "Jürgen", "Wolfgang", "Gerhard", "Helmut", "Olaf", "Friedrich",
    "Thomas", "Carlos", "Luis", "Jorge", "Pedro", "Miguel", "Antonio", "Manuel", "Francisco", "Javier",
    "Luiz", "Giuseppe", "Mario", "Giorgia", "Silvio", "Matteo", "Sergio", "Vladimir", "Dmitry", "Dmitri",
    "Sergei", "Sergey", "Mikhail", "Boris", "Alexei", "Alexey", "Igor", "Viktor", "Volodymyr", "Sebastian",
    "Anders", "Lars", "Erik", "Sven", "Jan", "Piotr", "Andrzej", "Recep", "Benjamin", "Ehud", "Shinzo",
    "Fumio", "Yoshihide", "Junichiro", "Taro", "Kaoru", "Shigeru", "Naoto", "Yukio", "Xi", "Hu", "Wen",
    "Narendra", "Rahul", "Jusman", "Joko", "Rodrigo", "Ferdinand", "Justin", "Malcolm", "Scott", "Kevin",
    "Jacinda", "Chris", "Christopher", "Matt", "Nick", "Dan", "Sam", "Max", "Alex", "Lou", "Bernie",
    "Nancy", "Chuck", "Mitch", "Lindsey", "Ted", "Rand", "Jared", "Ivanka", "Melania", "Hunter", "Kim",
    "Lloyd", "Antony", "Jake", "Jen", "Karine", "Gene", "Woody", "Phil", "Craig", "Doug", "Greg", "Todd",
    "Glenn", "Dean", "Ray", "Rick", "Ron", "Stan", "Stuart", "Vic", "Wesley", "Warren", "Harry", "Oliver",
    "Rishi", "Keir", "Boris", "Theresa", "Liz", "Margaret", "Tony", "Gordon", "Ed", "Eddie", "Andy",
    "Muhammad", "Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Abdullah", "Mahmoud", "Bashar", "Hosni",
    "Sheikh", "Tamim", "Moon", "Jae-in", "Ban", "Ki-moon", "Thaksin", "Hun", "Aung", "Tim", "Satya",
    "Sundar", "Jensen", "Lisa", "Sheryl", "Marissa", "Larry", "Sergey", "Jack", "Jeff", "Reed", "Evan",
    "Jerry", "Barry", "Harvey", "Herbert", "Leonard", "Leon", "Lewis", "Morgan", "Nelson", "Norman", "Oscar",
    "Pete", "Ralph", "Ross", "Roland", "Simon", "Stanley", "Terrence", "Tommy", "Travis", "Troy", "Victor",
    "Vernon", "Wade", "Wallace", "Warren", "Wendy", "Yvonne", "Zoe", "Ruth", "Rose", "Rosa", "Paula",
    "Penny", "Nina", "Monica", "Molly", "Mia", "Lucy", "Louise", "Lynn", "Kate", "Kathy", "Jill", "Jane",
    "Irene", "Holly", "Hazel", "Gwen", "Greta", "Fiona", "Erin", "Ellen", "Eleanor", "Dianne", "Claire",
    "Clara", "Cathy", "Carla", "Anne", "Annie", "Alicia", "Agnes", "Arnold", "Bernard", "Calvin", "Clarence",
    "Clifford", "Curtis", "Dale", "Darren", "Derek", "Don", "Duncan", "Earl", "Edwin", "Elliot", "Felix",
    "Floyd", "Francis", "Franklin", "Geoffrey", "Gilbert", "Glen", "Gregg", "Guy", "Hugh", "Ivan", "Jay",
    "Jon", "Kurt", "Lance", "Leo", "Lyndon", "Marc", "Marcus", "Marvin", "Maurice", "Max", "Mitchell",
    "Neal", "Otto", "Percy", "Rafael", "Reginald", "Rex", "Rudy", "Seth", "Shawn", "Spencer", "Steven",
    "Theodore", "Tristan", "Vince", "Wolfgang", "Xavier", "Yuri", "Angela", "Olaf", "Mette", "Jens", "Kristalina",
    "Ajay", "Amit", "Raj", "Sanjay", "Masayoshi", "Akio", "Hiroshi", "Takeshi", "Haruhiko", "Kazuo", "Yuriko",
    "Li", "Wang", "Zhang", "Liu", "Chen", "Lai", "Ma", "Tsai", "Ing", "Jacinto", "Luis", "Lula",
];

/// A table turned into a hash set on first use, so every lookup is O(1).
struct Lookup {
    table: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl Lookup {
    const fn new(table: &'static [&'static str]) -> Self {
        Lookup { table, set: OnceLock::new() }
    }

    fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.table.iter().copied().collect()).contains(word)
    }

    /// For tables written in lower case: looks the word up lower-cased (ASCII, without
    /// allocating; longer words than any table entry are not in it).
    fn contains_folded(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return false;
        }
        buf[..bytes.len()].copy_from_slice(bytes);
        buf[..bytes.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..bytes.len()]).is_ok_and(|w| self.contains(w))
    }
}

static TITLE_HEAD_SET: Lookup = Lookup::new(TITLE_HEADS);
static TITLE_MODIFIER_SET: Lookup = Lookup::new(TITLE_MODIFIERS);
static ORG_HEAD_SET: Lookup = Lookup::new(ORG_HEADS);
static ORG_OF_HEAD_SET: Lookup = Lookup::new(ORG_OF_HEADS);
static ORG_SUFFIX_SET: Lookup = Lookup::new(ORG_SUFFIXES);
static PLACE_SET: Lookup = Lookup::new(PLACES);
static PLACE_UPPER_SET: OnceLock<HashSet<String>> = OnceLock::new();
static NATIONALITY_SET: Lookup = Lookup::new(NATIONALITIES);
static NOT_ACTOR_SET: Lookup = Lookup::new(NOT_ACTORS);
static KOREAN_SURNAME_SET: Lookup = Lookup::new(KOREAN_SURNAMES);
static GIVEN_NAME_SET: Lookup = Lookup::new(GIVEN_NAMES);
static NOT_ORG_ACRONYM_SET: Lookup = Lookup::new(NOT_ORG_ACRONYMS);

/// A word that can head a title before a name, in any case ("Secretary", "analyst").
pub fn is_title_head(word: &str) -> bool {
    TITLE_HEAD_SET.contains_folded(word)
}

/// A word that can stand inside a capitalised title ("Deputy", "Prime", "Finance").
pub fn is_title_word(word: &str) -> bool {
    is_title_head(word) || is_title_modifier(word)
}

/// Organisation words that are also common surnames ("Jim Press", "Edward House").
pub fn is_surname_like_head(word: &str) -> bool {
    matches!(word, "Press" | "House" | "Post" | "Bank" | "Banks" | "Guard" | "Chase" | "Lines" | "Mutual")
}

/// A word that only qualifies a title ("Deputy", "Finance").
pub fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIER_SET.contains_folded(word)
}

pub fn is_org_head(word: &str) -> bool {
    ORG_HEAD_SET.contains(word)
}

pub fn is_org_of_head(word: &str) -> bool {
    ORG_OF_HEAD_SET.contains(word)
}

pub fn is_org_suffix(word: &str) -> bool {
    ORG_SUFFIX_SET.contains(word)
}

pub fn is_place(word: &str) -> bool {
    PLACE_SET.contains(word)
}

/// A place written in capitals ("SEOUL", a dateline).
fn is_shouted_place(word: &str) -> bool {
    PLACE_UPPER_SET.get_or_init(|| PLACES.iter().map(|p| p.to_ascii_uppercase()).collect()).contains(word)
}

pub fn is_nationality(word: &str) -> bool {
    NATIONALITY_SET.contains(word)
}

pub fn is_not_actor(word: &str) -> bool {
    NOT_ACTOR_SET.contains(word) || is_calendar_word(word)
}

pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(&word)
}

pub fn is_institution(word: &str) -> bool {
    INSTITUTIONS.contains(&word)
}

pub fn is_korean_surname(word: &str) -> bool {
    KOREAN_SURNAME_SET.contains(word)
}

pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAME_SET.contains(word)
}

/// An upper-case abbreviation that names an organisation ("BOK", "G20", "NATO"), not a
/// unit or a common abbreviation ("GDP", "LNG", "CEO").
pub fn is_org_acronym(word: &str) -> bool {
    if KNOWN_ORG_ACRONYMS.contains(&word) {
        return true;
    }
    let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let shape = word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&' || c == '.');
    // Longer upper-case words are shouted headings or datelines ("WASHINGTON —", "SEOUL").
    // With digits it is a model ("A400M", "K2"), unless a known group ("G20").
    let digits = word.bytes().any(|b| b.is_ascii_digit());
    shape && !digits && (2..=5).contains(&letters) && !NOT_ORG_ACRONYM_SET.contains(word) && !is_shouted_place(word) && !is_place(word)
}

/// Companies Korean news names by one word, often once: no count or descriptor is needed
/// to know them.
const KNOWN_COMPANIES: &[&str] = &[
    "Samsung", "Hyundai", "Kia", "SK", "LG", "Lotte", "Hanwha", "GS", "CJ", "Doosan", "Posco", "POSCO", "Naver",
    "Kakao", "Coupang", "Celltrion", "Shinsegae", "KT", "Asiana", "Krafton", "Nexon", "NCSoft", "Netmarble",
    "HYBE", "Hybe", "Hanjin", "Hyosung", "Kolon", "Daewoo", "SsangYong", "Ssangyong", "Hanmi", "Amorepacific",
    "Emart", "E-mart", "Baemin", "Toss", "Yonhap", "KEPCO", "Korail", "Nvidia", "TSMC", "Intel", "Apple", "Google",
    "Microsoft", "Amazon", "Tesla", "Meta", "OpenAI", "Qualcomm", "Micron", "Toyota", "Sony", "Huawei",
    "Alibaba", "Tencent", "Xiaomi", "BYD", "Foxconn", "Netflix",
];
static KNOWN_COMPANY_SET: Lookup = Lookup::new(KNOWN_COMPANIES);

/// Lower-case words that belong to a company's name by its own styling ("SK hynix").
pub fn is_styled_company_tail(word: &str) -> bool {
    matches!(word, "hynix")
}

pub fn is_known_company(word: &str) -> bool {
    KNOWN_COMPANY_SET.contains(word)
}

/// Lower-case words before a name that describe an organisation's kind ("aircraft
/// manufacturer Boeing", "automaker GM"): the name after them is an organisation.
const ORG_DESCRIPTORS: &[&str] = &[
    "company", "firm", "maker", "manufacturer", "carrier", "airline", "automaker", "carmaker", "bank",
    "lender", "group", "conglomerate", "chaebol", "retailer", "giant", "insurer", "broker", "brokerage",
    "newspaper", "daily", "agency", "airframer", "shipbuilder", "chipmaker", "rival", "unit", "subsidiary",
    "affiliate", "operator", "developer", "supplier", "distributor", "startup", "publisher", "broadcaster",
    "network", "magazine", "union", "regulator", "exchange", "fund", "investor", "party", "outlet",
];

pub fn is_org_descriptor(word: &str) -> bool {
    ORG_DESCRIPTORS.contains(&word)
}

/// What a company has ("Samsung's shares", "Hyundai's chairman"): the owner is one.
const ORG_POSSESSIONS: &[&str] = &[
    "shares", "stock", "stocks", "board", "subsidiary", "subsidiaries", "affiliate", "affiliates", "unit",
    "operating", "profit", "profits", "earnings", "revenue", "revenues", "sales", "chairman", "ceo",
    "executives", "headquarters", "factory", "factories", "plant", "plants", "shareholders", "workers",
    "employees", "market", "stake", "bonds", "chip", "chips", "smartphones", "vehicles", "cars", "lineup",
];

pub fn is_org_possession(word: &str) -> bool {
    ORG_POSSESSIONS.contains(&word)
}

/// Titles of the head of an organisation, which a bare mention ties to the organisation
/// the sentence names ("the Bank of Korea …, Governor Rhee").
const ORG_LEADER_TITLES: &[&str] = &["Governor", "Chairman", "Chairwoman", "Chairperson", "CEO", "Chief Executive"];

pub fn is_org_leader_title(role: &str) -> bool {
    ORG_LEADER_TITLES.contains(&role)
}

/// Forms of address that are not roles ("Mr. Lee").
pub fn is_honorific(word: &str) -> bool {
    matches!(word, "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Mx." | "Miss")
}

/// Lower-case words that qualify a capitalised title before a name ("former President").
pub fn is_role_qualifier(word: &str) -> bool {
    matches!(word, "former" | "then" | "acting" | "late" | "incoming" | "outgoing" | "interim" | "deputy" | "vice" | "ex")
}

/// Words that close a name phrase: suffixes that belong to the name ("Jr.").
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// Lower-case particles inside names ("Charles de Gaulle", "Ludwig van Beethoven").
pub fn is_name_particle(word: &str) -> bool {
    matches!(word, "de" | "van" | "von" | "der" | "da" | "di" | "del" | "la" | "le" | "du" | "bin" | "al" | "dos")
}
