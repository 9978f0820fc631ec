// The readiness check's questions, as versioned data (PRODUCT.md §1).
//
// A result stores the version of the bank that produced it, so a published bank
// is never changed: to change a question, add a new version to `questionBanks`
// and point `currentBank` at it. Banks are frozen so a stray edit fails loudly.
// Question ids and option values are stored with answers: never reuse one for a
// different meaning.
import { dimensionIds, type Band, type DimensionId, type EdsAreaId } from "./dimensions";

export type AnswerStyle = "scale" | "yes-partly-no" | "multi";

export type Option = { value: string; label: string; points: number };

export type Question = {
  id: string;
  dimension: DimensionId;
  style: AnswerStyle;
  text: string;
  help: string;
  options: Option[];
  /** Which Essential Digital Skills area a workforce question covers. */
  eds?: EdsAreaId;
};

export type QuestionBank = {
  version: string;
  questions: Question[];
  recommendations: Record<DimensionId, Record<Band, string[]>>;
};

/** The value of the "None of these" option on every select-all question. */
export const NONE_VALUE = "none";

/** The 0–5 adoption scale (EU Digital Maturity Assessment style). */
export const adoptionScale: readonly Option[] = [
  { value: "0", label: "Not used", points: 0 },
  { value: "1", label: "Thinking about it", points: 1 },
  { value: "2", label: "Trying it out", points: 2 },
  { value: "3", label: "Partly in place", points: 3 },
  { value: "4", label: "In place", points: 4 },
  { value: "5", label: "Fully part of how we work", points: 5 },
];

export const yesPartlyNo: readonly Option[] = [
  { value: "yes", label: "Yes", points: 2 },
  { value: "partly", label: "Partly", points: 1 },
  { value: "no", label: "No", points: 0 },
];

export const noneOfThese: Option = { value: NONE_VALUE, label: "None of these", points: 0 };

// Builders keep each question short to read and make the answer style's
// options impossible to get wrong.
type QuestionText = {
  id: string;
  dimension: DimensionId;
  text: string;
  help: string;
  eds?: EdsAreaId;
};

function scale(q: QuestionText): Question {
  return { ...q, style: "scale", options: adoptionScale.map((o) => ({ ...o })) };
}

function yesNo(q: QuestionText): Question {
  return { ...q, style: "yes-partly-no", options: yesPartlyNo.map((o) => ({ ...o })) };
}

/** "Select all that apply": the exclusive "None of these" always comes last. */
function selectAll(q: QuestionText, options: Option[]): Question {
  return { ...q, style: "multi", options: [...options, { ...noneOfThese }] };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const bank2026_1: QuestionBank = {
  version: "2026.1",
  questions: [
    // 1. Digital strategy and leadership
    scale({
      id: "strategy-plan",
      dimension: "strategy",
      text: "Do you have a plan for how you use digital tools?",
      help: "This can be a short list of what you want to do online this year. For example, “start taking card payments” or “move our diary online”.",
    }),
    yesNo({
      id: "strategy-lead",
      dimension: "strategy",
      text: "Is one person in charge of digital jobs in your business?",
      help: "This person makes sure digital jobs get done. It could be you. For example, they choose new software and keep it up to date.",
    }),
    yesNo({
      id: "strategy-budget",
      dimension: "strategy",
      text: "Do you set aside money for digital tools or training?",
      help: "This is money you plan to spend, not only when something breaks. For example, £30 a month for software, or a day of training.",
    }),
    scale({
      id: "strategy-customers",
      dimension: "strategy",
      text: "Do you find out how your customers like to use you online?",
      help: "For example, you read your online reviews, or ask customers how they like to book and pay.",
    }),
    selectAll(
      {
        id: "strategy-last-year",
        dimension: "strategy",
        text: "Which of these have you done in the last year?",
        help: "Tick all that apply. Outside advice could come from a mentor, a trade body or a course.",
      },
      [
        {
          value: "looked-at-tools",
          label: "Looked at new software or apps for the business",
          points: 1,
        },
        { value: "asked-staff", label: "Asked staff for ideas about digital tools", points: 1 },
        {
          value: "outside-advice",
          label: "Got advice about digital from outside the business",
          points: 1,
        },
        {
          value: "checked-value",
          label: "Checked if a digital tool was worth the money",
          points: 1,
        },
      ],
    ),

    // 2. Digital readiness: devices, connection, core systems, online presence, transacting
    yesNo({
      id: "readiness-devices",
      dimension: "readiness",
      text: "Do your devices work well enough for the job?",
      help: "Devices are computers, laptops, tablets and phones. Working well means they start quickly, still get updates and do not hold you up.",
    }),
    yesNo({
      id: "readiness-internet",
      dimension: "readiness",
      text: "Is your internet fast and reliable enough for your work?",
      help: "Think about video calls, sending big files and card machines. If it often drops out or is slow, answer “No” or “Partly”.",
    }),
    scale({
      id: "readiness-systems",
      dimension: "readiness",
      text: "Do you use software to run your business?",
      help: "For example, accounts software like Xero or QuickBooks, an online diary for bookings, or a stock system.",
    }),
    selectAll(
      {
        id: "readiness-presence",
        dimension: "readiness",
        text: "Where can customers find your business online?",
        help: "Tick all that apply. A Google Business Profile is the free listing that shows your opening hours on Google Maps.",
      },
      [
        { value: "website", label: "Your own website", points: 2 },
        { value: "google-profile", label: "A Google Business Profile", points: 1 },
        { value: "social-media", label: "Social media, such as Facebook or Instagram", points: 1 },
        {
          value: "directories",
          label: "Online directories or marketplaces, such as Checkatrade or Etsy",
          points: 1,
        },
      ],
    ),
    selectAll(
      {
        id: "readiness-payments",
        dimension: "readiness",
        text: "Which of these ways to pay do you offer customers?",
        help: "Tick all that apply. Choose “None of these” if customers only pay in cash or by cheque.",
      },
      [
        { value: "card", label: "Card machine or tap to pay", points: 1 },
        { value: "bank-transfer", label: "Bank transfer", points: 1 },
        { value: "online-shop", label: "Paying on your website or by a payment link", points: 1 },
        { value: "online-invoice", label: "Invoices they can pay online straight away", points: 1 },
      ],
    ),

    // 3. Workforce digital skills: one question per Essential Digital Skills area
    scale({
      id: "workforce-communicating",
      dimension: "workforce",
      eds: "communicating",
      text: "Does your team use email, video calls and group chats for work?",
      help: "For example, staff join a Teams or Zoom call with a customer, or share updates in a WhatsApp group.",
    }),
    yesNo({
      id: "workforce-information",
      dimension: "workforce",
      eds: "handling-information",
      text: "Can your staff save and share files so others can find them?",
      help: "For example, they save a quote in a shared folder with a clear name. Then someone else can open it later.",
    }),
    selectAll(
      {
        id: "workforce-transacting",
        dimension: "workforce",
        eds: "transacting",
        text: "Which of these can your staff do online without help?",
        help: "Tick all that apply. Think about the people who would normally do these jobs.",
      },
      [
        { value: "buy-supplies", label: "Buy supplies or stock online", points: 1 },
        { value: "take-payment", label: "Take a payment from a customer", points: 1 },
        { value: "invoices", label: "Send or pay an invoice", points: 1 },
        {
          value: "online-forms",
          label: "Fill in online forms, such as for HMRC or a supplier",
          points: 1,
        },
      ],
    ),
    yesNo({
      id: "workforce-problem-solving",
      dimension: "workforce",
      eds: "problem-solving",
      text: "When something digital goes wrong, can your staff find a fix?",
      help: "For example, they search online, watch a how-to video or read the help pages before they call for support.",
    }),
    scale({
      id: "workforce-safe-legal",
      dimension: "workforce",
      eds: "safe-and-legal",
      text: "Do your staff know how to stay safe and legal online?",
      help: "This means spotting scam emails, keeping passwords private and taking care with customer details, as the law asks.",
    }),

    // 4. Data management and connectedness
    scale({
      id: "data-records",
      dimension: "data",
      text: "Do you keep business records on a computer or online?",
      help: "Records are things like customer details, orders, stock and invoices. A spreadsheet or an online system counts. Paper does not.",
    }),
    yesNo({
      id: "data-one-list",
      dimension: "data",
      text: "Do you keep one up-to-date customer list that everyone uses?",
      help: "One list means there are no old copies on different laptops or in notebooks. Everyone sees the same details.",
    }),
    yesNo({
      id: "data-backup",
      dimension: "data",
      text: "Do you back up your important files?",
      help: "A backup is a second copy kept somewhere else, such as online in the cloud. You will not lose your work if a laptop breaks or is stolen.",
    }),
    scale({
      id: "data-connected",
      dimension: "data",
      text: "Do your systems share information with each other?",
      help: "For example, a sale on your website goes straight into your accounts. Nobody has to type it in twice.",
    }),
    selectAll(
      {
        id: "data-use",
        dimension: "data",
        text: "Which of these do you use your business data for?",
        help: "Tick all that apply. Data means the facts your business keeps, like sales and bookings.",
      },
      [
        { value: "best-sellers", label: "Seeing what sells best", points: 1 },
        { value: "cash-flow", label: "Checking money coming in and going out", points: 1 },
        { value: "keeping-in-touch", label: "Keeping in touch with customers", points: 1 },
        { value: "planning", label: "Planning stock or staff time", points: 1 },
      ],
    ),

    // 5. Automation and AI
    scale({
      id: "automation-routine",
      dimension: "automation",
      text: "Do you use tools that do routine jobs for you?",
      help: "For example, invoices that send themselves, automatic booking reminders, or bank payments that go into your accounts by themselves.",
    }),
    selectAll(
      {
        id: "automation-jobs",
        dimension: "automation",
        text: "Which of these jobs happen by themselves once set up?",
        help: "Tick all that apply. “By themselves” means a tool does the job, not a person.",
      },
      [
        { value: "payment-reminders", label: "Sending invoices or payment reminders", points: 1 },
        { value: "booking-reminders", label: "Sending booking reminders to customers", points: 1 },
        { value: "social-posts", label: "Posting on social media at set times", points: 1 },
        { value: "stock-levels", label: "Updating stock levels", points: 1 },
        { value: "customer-questions", label: "Answering common customer questions", points: 1 },
      ],
    ),
    yesNo({
      id: "automation-time",
      dimension: "automation",
      text: "Do you know which jobs take up the most time each week?",
      help: "This shows you which jobs a tool could do for you. For example, typing up orders or chasing payments.",
    }),
    scale({
      id: "automation-ai",
      dimension: "automation",
      text: "Do you use AI tools, such as ChatGPT or Microsoft Copilot, for work?",
      help: "AI tools can write a first draft of an email or a post for you to check. They can also sum up a long document.",
    }),
    yesNo({
      id: "automation-ai-rules",
      dimension: "automation",
      text: "Do you have simple rules for using AI at work?",
      help: "For example, never put customer details into an AI tool. Always check what it writes before you send it.",
    }),

    // 6. Cyber security and being safe online
    scale({
      id: "cyber-two-step",
      dimension: "cyber",
      text: "Do you use two-step sign-in for important accounts?",
      help: "Two-step sign-in asks for a code from your phone as well as your password. Use it for email, banking and accounts software.",
    }),
    yesNo({
      id: "cyber-updates",
      dimension: "cyber",
      text: "Do your devices and software update themselves?",
      help: "Updates fix holes that criminals use to get in. With automatic updates turned on, you do not have to remember.",
    }),
    yesNo({
      id: "cyber-passwords",
      dimension: "cyber",
      text: "Does everyone use a different strong password for each account?",
      help: "Three random words, like “CupFishLamp”, make a strong password. A password manager can make and remember them for you.",
    }),
    yesNo({
      id: "cyber-leavers",
      dimension: "cyber",
      text: "When someone leaves, do you remove their access straight away?",
      help: "This means closing their accounts, changing any shared passwords and getting back their devices.",
    }),
    selectAll(
      {
        id: "cyber-protection",
        dimension: "cyber",
        text: "Which of these do you have in place?",
        help: "Tick all that apply. Cyber Essentials is a scheme backed by the government that checks your basic security.",
      },
      [
        { value: "antivirus", label: "Antivirus turned on for every computer", points: 1 },
        { value: "firewall", label: "A firewall on your router or computers", points: 1 },
        { value: "least-access", label: "Staff can only open the files they need", points: 1 },
        { value: "hack-plan", label: "A plan for what to do if you are hacked", points: 1 },
        { value: "cyber-essentials", label: "A Cyber Essentials certificate", points: 1 },
      ],
    ),
  ],
  recommendations: {
    strategy: {
      Starting: [
        "Write down three things you want digital tools to help with this year.",
        "Pick one person to be in charge of digital jobs. It can be you.",
        "Ask a SkillsBridge mentor to help you choose where to start.",
      ],
      Developing: [
        "Turn your list into a one-page plan with dates.",
        "Set a small monthly budget for software and training.",
        "Ask your staff which jobs take too long. Look for a tool that could help.",
      ],
      Established: [
        "Look at your plan every three months and update it.",
        "Ask customers how they like to find you, book and pay.",
        "Check a new tool saves time or money before you pay for more of it.",
      ],
      Leading: [
        "Look at your plan once a year to keep up with new tools.",
        "Share what has worked for you with other small firms.",
      ],
    },
    readiness: {
      Starting: [
        "Check your internet speed at a busy time of day. Free speed tests are online.",
        "Set up a free Google Business Profile so customers can find you on Google Maps.",
        "Start taking card payments with a small card reader.",
      ],
      Developing: [
        "Move your accounts or bookings into simple online software.",
        "Replace any device that is too old to get updates.",
        "Make a simple website, or update yours, with your prices and how to contact you.",
      ],
      Established: [
        "Let customers book or order from you online.",
        "Send invoices that customers can pay online with one click.",
        "If your internet drops out, ask your provider about a backup connection.",
      ],
      Leading: [
        "Check your devices and software each year. Plan when to replace them.",
        "Check your website is easy to use on a phone.",
      ],
    },
    workforce: {
      Starting: [
        "Ask each person what they find hard online, and write it down.",
        "Book your team onto a free essential digital skills course.",
        "Show your staff how to spot a scam email.",
      ],
      Developing: [
        "Pair a confident member of staff with someone who is less sure.",
        "Set up shared folders with clear names so everyone can find files.",
        "Give each person time each month to learn one new digital skill.",
      ],
      Established: [
        "Add digital skills to each person's training plan.",
        "Think about an apprenticeship to build digital skills in your team.",
        "Write short how-to guides for the tools you use most.",
      ],
      Leading: [
        "Run a short refresher on staying safe online each year.",
        "Offer a work-experience place so young people can learn from your team.",
      ],
    },
    data: {
      Starting: [
        "Move your customer list from paper into a spreadsheet or online system.",
        "Back up your important files to the cloud.",
        "Keep all your invoices in one place, such as your accounts software.",
      ],
      Developing: [
        "Keep one customer list that everyone uses, not lots of copies.",
        "Turn on automatic backups. Check you can get a file back.",
        "Look at your sales each month to see what sells best.",
      ],
      Established: [
        "Link your systems so they share information, such as your shop and your accounts.",
        "Track your sales and cash each week on one simple page.",
        "Check you only keep the customer details you need.",
      ],
      Leading: [
        "Once a year, test getting all your files back from a backup.",
        "Use your data to plan ahead, such as stock or staff for busy times.",
      ],
    },
    automation: {
      Starting: [
        "Make a list of the jobs you do by hand every week.",
        "Turn on automatic payment reminders in your accounts software.",
        "Try an AI tool to write a first draft of an email. Never put customer details in it.",
      ],
      Developing: [
        "Set up automatic booking reminders so fewer customers miss appointments.",
        "Connect your bank to your accounts software so payments go in by themselves.",
        "Write simple rules for using AI, such as always checking what it writes.",
      ],
      Established: [
        "Pick one more job from your list and find a tool that can do it.",
        "Check each month that your automatic jobs still work.",
        "Go to a SkillsBridge workshop on using AI safely at work.",
      ],
      Leading: [
        "Work out how much time your tools save. Share it with your team.",
        "Look at your AI rules each year as the tools change.",
      ],
    },
    cyber: {
      Starting: [
        "Turn on two-step sign-in for your email and bank accounts.",
        "Turn on automatic updates on every computer and phone.",
        "Use three random words to make each password strong.",
      ],
      Developing: [
        "Use a password manager so every account has its own strong password.",
        "Make sure antivirus is turned on for every computer.",
        "Remove a person's access to your accounts on the day they leave.",
      ],
      Established: [
        "Work towards a Cyber Essentials certificate.",
        "Write a short plan for what to do if you are hacked.",
        "Give staff access only to the files they need.",
      ],
      Leading: [
        "Practise your plan for being hacked once a year.",
        "Renew your Cyber Essentials certificate each year, or go for Cyber Essentials Plus.",
      ],
    },
  },
};

type Rewording = Partial<Pick<Question, "text" | "help">>;

/**
 * A new version that asks the same questions in other words: same ids, answer
 * options, points and recommendations, so results of either version score,
 * compare and rank alike. Throws on an id the bank does not have.
 */
function reworded(
  bank: QuestionBank,
  version: string,
  words: Record<string, Rewording>,
): QuestionBank {
  const ids = new Set(bank.questions.map((q) => q.id));
  for (const id of Object.keys(words)) {
    if (!ids.has(id)) throw new Error(`Rewording a question the bank does not have: ${id}`);
  }
  return {
    version,
    questions: bank.questions.map((q) => ({ ...q, ...words[q.id], options: q.options })),
    recommendations: bank.recommendations,
  };
}

// 2026.2: the 2026.1 questions in plainer words, each at a reading age of 10
// or less with its help text (issue 19, app/reading-age.test.ts).
const bank2026_2 = reworded(bank2026_1, "2026.2", {
  "strategy-customers": {
    help: "For example, you read your online reviews. Or you ask customers how they like to book and pay.",
  },
  "readiness-internet": {
    text: "Is your internet fast enough, and does it keep working?",
    help: "Think of video calls, big files and card machines. If it often stops or is slow, answer “No” or “Partly”.",
  },
  "readiness-systems": {
    help: "For example, you do your accounts in Xero. Or you take bookings in a diary on the web, or keep a stock list on a computer.",
  },
  "workforce-communicating": {
    help: "For example, staff join a Teams or Zoom call with a customer. Or they share news in a WhatsApp group.",
  },
  "workforce-problem-solving": {
    help: "For example, they search the web, watch a how-to video or read the help pages. They do this before they call for help.",
  },
  "workforce-safe-legal": {
    text: "Do your staff know how to stay safe and keep to the law online?",
    help: "This means they spot scam emails and keep passwords secret. They take care with customer details, as the law asks.",
  },
  "data-records": {
    help: "Records are things like customer details, orders, stock and bills. A spreadsheet or an online system counts. Paper does not.",
  },
  "data-one-list": {
    text: "Do you keep one customer list that is up to date and that everyone uses?",
    help: "One list means there are no old copies on laptops or in notebooks. Everyone sees the same list.",
  },
  "automation-routine": {
    text: "Do you use tools that do everyday jobs for you?",
    help: "For example, bills that go out on their own. Or texts that remind people of a booking. Or bank payments that go into your books by themselves.",
  },
  "cyber-updates": {
    text: "Do your phones, computers and apps update themselves?",
    help: "Updates fix holes that criminals use to get in. Turn on updates that run by themselves. Then you do not have to remember.",
  },
  "cyber-passwords": {
    help: "Three random words, like “CupFishLamp”, make a strong password. A password app can make them and keep them for you.",
  },
  "cyber-leavers": {
    help: "This means you close their accounts and change any passwords you shared. You get back their laptop or phone.",
  },
});

/** Every bank ever published, by version. Add new versions; never edit or remove one. */
export const questionBanks: Record<string, QuestionBank> = deepFreeze({
  [bank2026_1.version]: bank2026_1,
  [bank2026_2.version]: bank2026_2,
});

/** The bank a new check uses. */
export const currentBank: QuestionBank = getBank("2026.2");

/** The bank a stored result was made with. */
export function getBank(version: string): QuestionBank {
  const bank = Object.hasOwn(questionBanks, version) ? questionBanks[version] : undefined;
  if (!bank) {
    const known = Object.keys(questionBanks).join(", ");
    throw new Error(`Unknown question bank version "${version}". Known versions: ${known}.`);
  }
  return bank;
}

/** The order sections are shown in: one page per dimension. */
export const sectionOrder: DimensionId[] = [...dimensionIds];

export function questionsFor(bank: QuestionBank, dimension: DimensionId): Question[] {
  return bank.questions.filter((question) => question.dimension === dimension);
}
