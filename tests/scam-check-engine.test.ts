import { describe, expect, it, vi } from 'vitest';
import {
  GAP,
  TWO_PART_SHARE,
  MAX_MARKS,
  pairKey,
  MAX_TEXT,
  STOP_ASK,
  analyse,
  findPhrases,
  type Analysis,
} from '@/lib/scam-check/engine';
import { packPhrases, unpackPhrases } from '@/lib/scam-check/pack';
import { normalise } from '@/lib/scam-check/normalise';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { seededRandom } from '@/lib/quiz/random';
import { CONTENT } from './helpers';

const GENUINE = {
  'zh-CN': [
    '您的快递已到小区驿站，请凭取件码取件。',
    '您尾号1234的账户于10:20支出100.00元。',
    '明天下午三点开会，请准时参加。',
    '妈，我周末回家吃饭。',
    '本周五学校开放日，欢迎家长到校参观。',
  ],
  en: [
    'Your parcel has arrived at the pickup point. Please collect it with your pickup code.',
    'Your account ending 1234 was debited 100.00 yuan at 10:20.',
    'Meeting moved to 3 pm tomorrow.',
    "Hi Mum, I'll be home for dinner on Saturday.",
    'School open day this Friday, parents welcome.',
  ],
} as const;

describe.each(routing.locales)('%s rules', (locale) => {
  const content = loadLocaleContent(locale, CONTENT);
  const rules = content.scamCheck;

  /** The handbook's own 典型案例, as the text a worried reader might paste or retell. */
  const caseStudy = (slug: string) => {
    const body = content.cases.find((c) => c.slug === slug)!.body;
    return body.match(/<CaseStudy>([\s\S]*?)<\/CaseStudy>/)![1]!.trim();
  };

  describe('each case type is recognised from its handbook case', () => {
    it.each(content.cases.map((c) => c.slug))('%s', (slug) => {
      const result = analyse(rules, [], caseStudy(slug));
      expect(result.cases.slice(0, 3).map((c) => c.slug)).toContain(slug);
      expect(result.verdict).not.toBe('none');
    });
  });

  it('every sign can be found in a pasted message, and every case type has signs of its own', () => {
    const withPhrases = new Set(rules.phrases.map((p) => p.signal));
    expect(rules.signals.filter((s) => !withPhrases.has(s.id)).map((s) => s.id)).toEqual([]);
    const named = new Set(rules.signals.flatMap((s) => s.cases));
    expect(content.cases.filter((c) => !named.has(c.slug)).map((c) => c.slug)).toEqual([]);
  });

  describe('answers alone lead to the case type', () => {
    it.each([
      ['fake-police', ['who-police', 'ask-safe-account']],
      ['brushing-rebate', ['who-job']],
      ['fake-boss', ['who-boss']],
      ['romance', ['who-online']],
    ])('%s', (slug, answers) => {
      const result = analyse(rules, answers, '');
      expect(result.cases[0]?.slug).toBe(slug);
    });
  });

  it.each(GENUINE[locale])('%s raises no warning sign of weight 5 or more and no case type', (text) => {
    const result = analyse(rules, [], text);
    expect(result.cases).toEqual([]);
    const byId = new Map(rules.signals.map((s) => [s.id, s.weight]));
    expect(result.signals.filter((id) => byId.get(id)! >= 5)).toEqual([]);
    expect(result.verdict).not.toBe('stop');
  });
});

const rules = loadLocaleContent('zh-CN', CONTENT).scamCheck;
const english = loadLocaleContent('en', CONTENT).scamCheck;
const weightOf = new Map(rules.signals.map((s) => [s.id, s.weight]));

describe('verdicts', () => {
  it('never produces a "safe" verdict: the mildest result is "none found"', () => {
    expect(analyse(rules, [], '').verdict).toBe('none');
    expect(analyse(rules, [], '').cases).toEqual([]);
  });

  it('a code message that says never to share it is calm, and nothing in it counts as a request', () => {
    for (const text of [
      '【某银行】验证码：６２８１９０（动态码），用于转账确认，请勿告诉他人。',
      '【某银行】我行工作人员绝不会向您索要短信验证码，请勿泄露。',
      '[Bank] Code 628190 to confirm a payment. Never share it with anyone.',
    ]) {
      const result = analyse(/[a-z]/i.test(text[1]!) ? english : rules, [], text);
      expect(result.codeNotice).toBe(true);
      expect(result.verdict).toBe('code');
      expect(result.signals.filter((id) => weightOf.get(id)! >= 5)).toEqual([]);
    }
  });

  it('asking for the code, in a retelling, is still the strongest sign: told of as asked of her', () => {
    const result = analyse(rules, [], '对方说是客服，要退款给我妈，让她把手机收到的验证码报给他。');
    expect(result.signals).toContain('share-code');
    expect(result.verdict).toBe('told');
  });
});

describe('one ordinary word never stops', () => {
  /** Task-scam and lender jargon, and tools named by name: short, but no ordinary message says them. */
  const JARGON = new Set([
    '卡单',
    '联单',
    '连单',
    '垫资',
    '先垫',
    '验资',
    '借卡',
    '租卡',
    '走账',
    '跑分',
    '卖卡',
    '租号',
    '投屏',
  ]);
  const NAMES = new Set(['anydesk', 'teamviewer']);
  it.each([
    ['zh-CN', rules],
    ['en', english],
  ] as const)('%s: no phrase of an ask strong enough to stop alone is one common word', (locale, set) => {
    const strong = new Set(set.signals.filter((s) => s.ask && s.weight >= STOP_ASK).map((s) => s.id));
    for (const phrase of set.phrases.filter((p) => strong.has(p.signal)))
      for (const m of phrase.match) {
        const short = locale === 'en' ? !m.includes(' ') && !NAMES.has(m) : m.length <= 2 && !JARGON.has(m);
        expect(short, `${phrase.signal}: ${m}`).toBe(false);
      }
  });

  it('homework one is stuck on, staff turnover, three days in a row, 清查库存, lunch paid for a friend warn of nothing', () => {
    for (const text of [
      "Did you finish the chemistry homework? I'm stuck on question 4.",
      'Staff turnover was high this year, so the team is hiring.',
      'It rained three days in a row, the match is not finished yet.',
    ])
      expect(analyse(english, [], text).verdict, text).not.toBe('stop');
    for (const text of [
      '周末仓库清查库存，大家早点到。',
      '午饭我帮你垫付了，回头再说。',
      '晚上把电影投屏到电视上看，别老看屏幕。',
    ])
      expect(analyse(rules, [], text).verdict, text).not.toBe('stop');
    expect(analyse(english, [], 'The order is stuck, top up 3,000 to release it.').verdict).toBe('stop');
  });
});

describe("an institution's own notices", () => {
  it("a firm warning that criminals impersonate it, a bill repaid in the lender's own app, a tax refund shown in the tax app never stop", () => {
    for (const text of [
      '【某证券】提醒：近期有不法分子冒用我司名义建立股票交流群，以荐股为由诱导投资者下载非法APP。我司从不通过微信群推荐个股。',
      '【花呗】您本月账单将于9日到期，可在支付宝内还款，逾期将产生违约金并可能影响信用记录。',
      '【个人所得税】应退税额862.00元，退税款将在审核通过后退至您指定的银行账户，请通过个人所得税APP查看进度。',
    ])
      expect(analyse(rules, [], text).verdict, text).not.toBe('stop');
    expect(
      analyse(
        english,
        [],
        'Your bill is due on the 10th. Repay in Alipay to avoid late fees and an impact on your credit record.',
      ).verdict,
    ).toBe('none');
  });

  it('a warning about impersonators does not cancel an ask made of the reader', () => {
    expect(analyse(rules, [], '近期有不法分子冒用我司名义，请您立即把资金转到安全账户配合核查。').verdict).toBe('stop');
  });

  it('a cue before a list joined by 、 governs the whole list, and an ask after a teaching phrase still stops', () => {
    const notice = '【某银行】近期有不法分子冒充我行工作人员以提额、注销账户为由索要验证码，我行工作人员不会向您索要验证码。';
    expect(analyse(rules, [], notice).verdict).not.toBe('stop');
    expect(analyse(rules, [], '谨防诈骗，请把钱转到安全账户、配合资金核查，不要告诉家人。').verdict).toBe('stop');
    expect(analyse(rules, [], '请把验证码、银行卡号发给我，谨防诈骗。').verdict).toBe('stop');
  });
});

describe('institutions and checks that ask nothing new', () => {
  it('a denial covers the whole list it governs; a turn ("but…") ends it', () => {
    const notice =
      '[Shop] Your parcel has arrived. Our staff will never ask you to pay a deposit, share your screen or give a code by phone.';
    expect(analyse(english, [], notice).verdict).toBe('none');
    expect(analyse(english, [], '[Bank] Reminder: we never charge handling fees, deposits or unfreezing fees.').verdict).toBe(
      'none',
    );
    const turned = '[Shop] Our staff will never ask for your password, but for this upgrade please share your screen on Zoom.';
    expect(analyse(english, [], turned).verdict).toBe('stop');
    // What the list denies still tells what a police tip is about.
    const tip = 'Tip from local police: real lenders never ask for fees, deposits or insurance before releasing a loan.';
    expect(analyse(english, [], tip).cases[0]?.slug).toBe('fake-loan');
  });

  it('a calm cue does not cover an ask in a clause that turns to the reader after it', () => {
    for (const [ruleSet, text] of [
      [rules, '退款会原路退回。但是这次需要你先交500元保证金才能办理。'],
      [rules, '退款会原路退回。需要先交500元保证金才能办理。'],
      [rules, '我们不会收取任何费用，所以请你先把收到的验证码告诉我。'],
      [english, 'We will never ask you for a fee, so please pay the 200 deposit first.'],
      [english, 'Your refund goes back to the original payment method. Just tell me the verification code you just received.'],
    ] as const)
      verdictOf(ruleSet, text).not.toBe('none');
    // What follows without turning to the reader stays covered.
    expect(analyse(rules, [], '退款会原路退回，3个工作日内到账，请留意银行卡入账。').verdict).toBe('none');
  });

  it('a warning about calls "from fake" staff, or a helper who has told the police, is not told to stop', () => {
    const warning =
      'Hi, this is Officer Wu from the community police station. Residents got calls from fake bank staff asking them to read out their verification codes. If that happens, just hang up.';
    expect(analyse(english, [], warning).verdict).not.toBe('stop');
    const scam =
      'There have been calls from fake police lately. I am the real officer on your case: transfer your savings to this safe account now.';
    expect(analyse(english, [], scam).verdict).toBe('stop');
    const helper = '李大爷，我是社区网格员，您昨天说有人让您去宾馆配合调查，我已经跟派出所说了，下午民警会上门跟您聊聊。';
    expect(analyse(rules, [], helper).verdict).not.toBe('stop');
    // The same words before a script's own ask still warn.
    expect(analyse(rules, [], '我已经跟派出所说了，你现在去宾馆开个房间配合调查，不要告诉家人。').verdict).toBe('caution');
  });

  it('a relative or a bank telling of what impostors say ("全是骗人的", "对方自称…", "it\'s all fake") is not told to stop', () => {
    for (const [ruleSet, text] of [
      [rules, '爸，最近很多人冒充公检法，说你涉嫌洗钱，让你把钱转到安全账户，全是骗人的，谁打来都别转。'],
      [rules, '【某银行】您的转账已暂停，若对方自称公检法要求转入安全账户，请拨打本行客服核实。'],
      [rules, '妈，那个叫你把钱转到安全账户的电话是骗子！千万别转，我马上回家。'],
      [rules, '老公，银行的人说最近有人冒充公安让老人转钱到安全账户，专门提醒我们，你跟爸妈也说一声。'],
      [rules, '【反诈提醒】如有陌生人要求您转账、下载会议软件或共享屏幕，请立即停止操作。'],
      [rules, '【某银行】如非本人操作，或有人以公检法名义要求您转入安全账户，请立即停止并致电本行。'],
      [rules, '【某银行】如您是被要求转入安全账户，请立即停止操作。'],
      [rules, '公司反诈培训说，冒充客服退款的都是先让你下个APP开屏幕共享。'],
      [rules, '姥姥，那个电话是骗子，以后谁找你要验证码都别给，有事打我电话。'],
      [english, '[Bank] If you were told to pay into a safe account, stop now.'],
      [
        english,
        "Dad, lots of people are pretending to be police and telling you to move money to a safe account. It's all fake.",
      ],
    ] as const)
      verdictOf(ruleSet, text).toBe('none');
    // The same opening before a caller's own ask still stops.
    const scam = '最近好多人冒充公检法。我是市公安局李警官，你涉嫌洗钱，请把钱转到安全账户配合调查。';
    expect(analyse(rules, [], scam).verdict).toBe('stop');
    const passedOn = '最近有人冒充公安，你跟你爸妈也说一声。我是市公安局的，你涉嫌洗钱，把钱转到安全账户。';
    expect(analyse(rules, [], passedOn).verdict).toBe('stop');
    const notice = '社区提示：近期有人冒充社保局工作人员，以社保卡升级为由索要验证码。请大家转告家中老人。';
    expect(analyse(rules, [], notice).verdict).not.toBe('stop');
    // A denial whose verb takes no object ("stop now and …") denies nothing after "and".
    expect(analyse(english, [], 'Stop now and move your savings to this safe account, we are the police.').verdict).toBe('stop');
  });

  it('"您能准时参加吗" is how a health-sale opener asks, not the calm "请准时参加" of a court or a school', () => {
    const invitation = '恭喜您被选为本小区的幸运老人，周六上午有免费体检和礼品赠送，请问您能准时参加吗？';
    expect(analyse(rules, [], invitation).verdict).toBe('caution');
  });

  it('"别再转了" and "别想着报警" written by the one who asks calm nothing', () => {
    verdictOf(rules, '张大哥，我是新房东，以后房租直接打到我这个卡上，原来的账号你别再转了。').toBe('caution');
    verdictOf(rules, '我们手上有你跟网友视频的录像，24小时内转3万到下面这个账户，别想着报警。').toBe('stop');
  });

  it('ordinary words are not a scam\'s (流水账, giving an account away); a carrier\'s "回复…验证码" asks for a code', () => {
    verdictOf(rules, '小陈，这个月的流水账明天发我一份，周末要对账。').toBe('none');
    verdictOf(rules, '兄弟，我那个游戏号不玩了，你要的话我直接把账号密码给你，不要钱。').not.toBe('stop');
    verdictOf(rules, '您的手机卡将被停用，请回复刚收到的短信验证码以完成实名更新。').toBe('stop');
  });

  it('"这里是110" calms nothing: a caller can say it', () => {
    expect(analyse(rules, [], '这里是110，你涉嫌一宗案件，需要交5000元保证金。').verdict).not.toBe('none');
  });

  it('a relative\'s "千万别转，" reads calm; words a scam writes around its own ask do not calm it', () => {
    reads(rules, '姐，我微信号被盗了，骗子可能会用旧号找你借钱，千万别转，有事直接打我电话。', [], 'none');
    reads(
      rules,
      '【某某游戏】您的账号在新设备上登录，如非本人操作请修改密码。官方不提供任何私下交易和代充服务。',
      ['game-bait'],
      'none',
    );
    for (const text of [
      '老婆，房东说房租转到这个账户，千万别转错了',
      '不要再转钱到旧账户了，以后货款转到这个新账户。',
      '你别再充钱了，交2000元解冻费就能全部提现。',
      '恭喜您通过初筛，到公司面试前需先交300元服装费和培训费，交完发你地址。',
      '这是我新号，你打我旧号已经停机了，有急事先借我两千。',
      '官方不提供任何私下账号交易服务，你这个号我们平台可以高价回收，先交200保证金。',
    ])
      expect(analyse(rules, [], text).verdict, text).not.toBe('none');
    expect(analyse(english, [], 'No handling fees! Just pay the 500 deposit first and the loan is released today.').verdict).toBe(
      'stop',
    );
    const notice =
      '[Student Loan] Your student loan contract has been approved and the funds will be paid directly to your university. No handling fees are required.';
    expect(analyse(english, [], notice).verdict).not.toBe('stop');
  });

  it('a court asking you to come in, a bank alert with its public number, a lender that never asks for a fee warn of nothing', () => {
    for (const text of [
      '【某某法院】您的案件定于周三开庭，请带好身份证到本院第二法庭。',
      '【某银行】您尾号1234的账户支出5000元，如非本人操作请致电95588。',
      '【某金融】借款已发放至您尾号5678的银行卡，本平台不会以任何理由要求您缴纳保证金。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('none');
    expect(analyse(english, [], 'Court notice: please bring your ID to your hearing on Monday.').verdict).toBe('none');
  });

  it('"如遇……，请勿相信" names what it warns about; the safe-account ask still stops under a calm cue', () => {
    expect(analyse(rules, [], '如遇自称客服要求您理赔并转账，请勿相信。').verdict).toBe('none');
    expect(analyse(rules, [], '我是民警，请把钱转到安全账户，不信可以拨打110。').verdict).toBe('stop');
  });

  it('a relative retelling a scam and judging it ("千万别信！") warns of nothing; a scam that says 别信 after its own ask stops', () => {
    for (const text of [
      '妈，最近有骗子打电话说是法院的，说你有案子，让你把钱转到安全账户，千万别信！谁这么说你就挂掉。',
      '【某支付】检测到您正在进行屏幕共享，如果您正在和自称客服的人通话，请立即结束共享。',
    ])
      expect(analyse(rules, [], text).verdict, text).not.toBe('stop');
    for (const text of [
      '现在骗子多，你把钱转到安全账户，别信银行的人。',
      '现在骗子说什么的都有，你赶紧把钱转到安全账户，别信别人！',
      '我是客服，现在开启屏幕共享，我教您操作退款，别信别人说的。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('stop');
  });

  it('a conditional warning ("如果有人……", "if someone…") judged by what to do, in its sentence or the next, is no ask; an ask outside it still stops', () => {
    for (const text of [
      '奶奶，如果有人打电话说是公安局的，说你涉嫌洗钱，要你保密，别告诉家人。直接挂掉，打给我。',
      '妈，要是有人打电话说你涉嫌洗钱要你保密，你就挂断，打给我。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('none');
    for (const text of [
      "Grandma, remember: if someone calls saying they're police, that your bank account is involved in money laundering and you must keep it secret, just hang up and call me.",
      'Grandma, if someone says your account is involved in money laundering and you must keep it secret. Just hang up and call me.',
    ])
      expect(analyse(english, [], text).verdict, text).not.toBe('stop');
    for (const text of [
      '如果有人问你转账干什么，就说是给朋友的。直接挂掉银行的电话，马上把钱转到安全账户，要保密。',
      '请把钱转到安全账户，要保密。如果有人问起，直接挂掉。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('stop');
    for (const text of [
      'If anyone from the bank calls, just hang up. Then transfer the money to the safe account now and keep it secret.',
      'Transfer the money to the safe account and keep it secret. If someone asks, hang up and call me.',
    ])
      expect(analyse(english, [], text).verdict, text).toBe('stop');
  });

  it('what scammers are said to say ("骗子打电话说……", "scammers say…"), judged false or hung up on in its sentence or the next, is a report; a scammer naming scammers still stops', () => {
    for (const text of [
      '爸，最近好多骗子打电话说是公安局的，说你卡涉嫌洗钱要转到安全账户，那都是假的！真有人打你就挂了给我打电话。',
      '王阿姨，最近有人冒充公安打电话，说您涉嫌洗钱要把钱转到安全账户。这都是假的！接到就挂断。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('none');
    expect(
      analyse(english, [], "Grandpa, scammers say you must move your money to a safe account. It's a lie. Just hang up.").verdict,
    ).toBe('none');
    for (const text of [
      '现在骗子很多，你把钱转到安全账户，别信银行的人。',
      '骗子会冒充警察，我们是真警察，请把钱转到安全账户。',
      '骗子说的都是假的，我们是真警察，请马上把钱转到安全账户，不要信别人。',
      // A verdict on others ("别的都不是真的") judges its own clause, not the ask before it.
      '现在骗子冒充警察的很多，你把钱转到安全账户，我们保护你的资金，别的都不是真的。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('stop');
    // …while an ask inside that clause is still what it judges.
    expect(analyse(rules, [], '除了110，其他打电话说是警察让你把钱转到安全账户的都是骗子。').verdict).toBe('none');
    expect(
      analyse(
        english,
        [],
        "Scammers say there is no safe account, but that's a lie. Transfer your money to the safe account now and keep it secret.",
      ).verdict,
    ).toBe('stop');
  });

  it('a question about a message ("短信说……，这是不是骗子？", "Got a text saying… Is this a scam?") is not the message; the message itself still warns', () => {
    expect(analyse(rules, [], '闺女，我刚收到短信说我医保卡被冻结了要点链接，这是不是骗子啊？我没点。').verdict).toBe('none');
    expect(
      analyse(
        english,
        [],
        'Got a text saying my parcel is held at customs and I need to pay duty through a link. Is this a scam?',
      ).verdict,
    ).toBe('none');
    expect(analyse(rules, [], '您的医保卡已被冻结，请点链接解冻。').verdict).not.toBe('none');
  });

  it('an English question about a message ("Is that a scam?", "Is this legit?", "Should I pay?", "I haven\'t clicked") is not the message; a scam that asks and answers itself still stops', () => {
    for (const text of [
      'Quick question: I got a message saying my account is frozen and I need to pay an unfreezing fee through a link. Is this legit?',
      'My dad got a call saying his pension needs a fee paid through a link. Is that real? He has not paid.',
      'I got an email saying I must pay a fee through a link to release my parcel. Should I pay?',
      "Got a text telling me to pay a fee through a link for my parcel. I haven't clicked it.",
    ])
      expect(analyse(english, [], text).verdict).not.toBe('stop');
    expect(
      analyse(
        english,
        [],
        'Is this a scam? No! This is your bank. Transfer your money to the safe account now and keep it secret.',
      ).verdict,
    ).toBe('stop');
    expect(
      analyse(english, [], 'Is it real? Yes. Share your screen with our agent and read me the verification code you just got.')
        .verdict,
    ).toBe('stop');
  });

  it('a question whether they asked ("对方是不是让您开屏幕共享了？", "Did they ask you to…?") is no ask; the ask itself still stops', () => {
    expect(
      analyse(rules, [], '这里是市公安局反诈中心，我们发现您可能在和诈骗分子通话，请您不要转账。对方是不是让您开屏幕共享了？')
        .verdict,
    ).not.toBe('stop');
    expect(analyse(rules, [], '对方有没有让你下载会议软件共享屏幕？').verdict).not.toBe('stop');
    expect(analyse(english, [], 'This is the anti-fraud centre. Did they ask you to share your screen?').verdict).not.toBe(
      'stop',
    );
    expect(analyse(rules, [], '我是市公安局民警，现在请你打开屏幕共享配合调查。').verdict).toBe('stop');
    expect(analyse(english, [], 'This is the police. Share your screen with me now for the investigation.').verdict).toBe('stop');
  });

  it('a "never" governs a list that goes on after a comma with the same word; a new ask after it still stops', () => {
    expect(
      analyse(
        english,
        [],
        'Our staff will never ask for your PIN, ask you to transfer funds to a safe account or install an app.',
      ).verdict,
    ).not.toBe('stop');
    expect(analyse(rules, [], '银行工作人员不会让您转账，让您把钱转到安全账户，让您共享屏幕。').verdict).not.toBe('stop');
    expect(analyse(english, [], 'We will never ask for your PIN, but move your money to a safe account today.').verdict).toBe(
      'stop',
    );
    expect(analyse(rules, [], '不要慌，把钱转到安全账户就没事。').verdict).toBe('stop');
  });

  it('a warning closing (请提高警惕, be careful) judges the 如遇/if-clause before it, not an ask standing alone', () => {
    expect(analyse(rules, [], '如遇陌生人要求您共享屏幕或转到安全账户，请提高警惕。').verdict).not.toBe('stop');
    expect(analyse(english, [], 'If someone asks you to move money to a safe account, be careful.').verdict).not.toBe('stop');
    expect(analyse(rules, [], '我是客服，请下载会议软件共享屏幕，把钱转到安全账户，请提高警惕。').verdict).toBe('stop');
  });

  it('a retold script followed by "记住，…" and a verdict is a warning; a script that says 记住 to keep it secret still stops', () => {
    expect(
      analyse(rules, [], '妈，骗子打电话说你的卡涉嫌洗钱，要把钱转到安全账户。记住，警察不会这么办案，接到就直接挂。').verdict,
    ).not.toBe('stop');
    expect(analyse(rules, [], '你涉嫌洗钱，马上把钱转到安全账户。记住，不要告诉家人。').verdict).toBe('stop');
    expect(analyse(rules, [], '只要把钱转到安全账户就能证明清白。记住，不要相信任何人。').verdict).toBe('stop');
  });

  it("a payout to the reader's own card, a deadline to come in person, a neighbourhood officer's warning about impostors: no warning; an ask beside them still warns", () => {
    for (const text of [
      '【某保险】您的理赔申请已审核通过，理赔金额1200元将于3个工作日内转入您尾号1234的银行卡，请注意查收。',
      '【某交警大队】您的事故责任认定书已出具，请当事人携带身份证于3日内到事故处理中队领取。',
      '各位居民，最近有老人接到冒充社保局的电话，说社保卡被盗刷要转账，这都是骗子，遇到直接挂掉。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('none');
    expect(analyse(english, [], 'Your tax refund of 800 yuan will be sent to the bank card registered in the app.').verdict).toBe(
      'none',
    );
    const scam = '【某保险】理赔金3000元将转入您尾号4418的银行卡，到账前需先缴纳保证金500元，请添加理赔专员微信。';
    expect(analyse(rules, [], scam).verdict).toBe('caution');
    expect(analyse(rules, [], '理赔款将转入您尾号4418的银行卡，请先下载会议软件开启屏幕共享，我教您操作。').verdict).toBe('stop');
  });

  it("a calm cue is read as words: 'an unusual number' is no call-back to the usual one", () => {
    expect(
      analyse(english, [], 'A customer service agent called from an unusual number: pay a 200 yuan unfreezing fee now.').verdict,
    ).toBe('caution');
    // Read as the calm "your usual number", the same ask says nothing.
    expect(
      analyse(english, [], 'A customer service agent called from your usual number: pay a 200 yuan unfreezing fee now.').verdict,
    ).toBe('none');
  });
});

describe('what "stop" takes', () => {
  it("a weak ask with generic words or a claimed role (a shop's or a class teacher's QR code) is at most caution", () => {
    for (const text of [
      '店庆活动：扫码付款立减20元，今天是最后一天，先到先得！',
      '扫码付款享9折，今天是最后一天，共99元。',
      // Who the sender says they are counts towards caution only: check with the teacher.
      '各位家长好，我是三年级二班班主任，本学期资料费每人85元，请扫下方二维码缴纳，今天截止。',
    ]) {
      const result = analyse(rules, [], text);
      expect(result.signals, text).toContain('qr-code');
      expect(result.verdict, text).toBe('caution');
    }
  });

  it('a story of money paid and the other side gone warns; a phone that cannot be reached in class does not', () => {
    for (const text of [
      '我小叔找了个婚介说能介绍外国媳妇，交了十几万，人来了不到一个月就跑了，婚介也联系不上了。',
      '表妹找的留学中介收了五万说帮申英国学校，现在中介办公室都搬空了。',
    ]) {
      const result = analyse(rules, [], text);
      expect(result.signals, text).toContain('paid-then-gone');
      expect(result.verdict, text).toBe('caution');
    }
    expect(analyse(english, [], 'Paid 600 for two tickets, got a PDF that did not scan. Account deleted.').signals).toContain(
      'paid-then-gone',
    );
    expect(analyse(rules, [], '爸，我明天考试，手机要上交，给我打电话打不通的话找班主任。').verdict).toBe('none');
  });

  it('the point of a decimal ends no sentence: a bill of 86.40 yuan and the cut-off after it are one sentence', () => {
    expect(analyse(rules, [], '您户号欠费86.40元，今日停电，请尽快处理。').signals).toContain('small-fee-link');
    expect(analyse(rules, [], '您户号欠费86元。今日停电。').signals).not.toContain('small-fee-link');
  });

  it('an install file sent in a chat asks you to install it; a teller who stopped a transfer is no pointer to your own channel', () => {
    const apk = analyse(rules, [], '我们下月18号办喜事啦，这是电子请柬，下载安装就能看 请柬.apk');
    expect(apk.signals).toContain('apk-file');
    expect(apk.verdict).toBe('caution');
    expect(
      analyse(rules, [], '我奶奶接到视频，画面里真是我哥的脸，声音也像，说打架要赔钱，奶奶去银行取了五万，柜员拦下来才没转。')
        .verdict,
    ).toBe('caution');
  });

  it('"要不要", "会不会" ask a question and deny nothing; "no deposit" is no deposit asked for', () => {
    expect(analyse(rules, [], '今年头春的古树茶，你要不要来点，给你算内部价，一斤1680').signals).toContain('shop-bait');
    expect(analyse(rules, [], '我们不要内部价的货。').signals).not.toContain('shop-bait');
    expect(analyse(english, [], 'Like and follow shops and earn 3-5 yuan per task. No deposit needed.').signals).not.toContain(
      'pay-first',
    );
    expect(analyse(english, [], 'Pay a deposit of 200 first to start.').signals).toContain('pay-first');
  });

  it('a space between Chinese words is a comma in a chat: a closing at the end judges its own clause; spaced-out letters still join', () => {
    expect(
      analyse(rules, [], '哥们你要的那个皮肤我这有 但咱别走官方 手续费太高了 你扫这个码付款 我直接上你号给你弄').verdict,
    ).not.toBe('none');
    expect(analyse(rules, [], '把钱转到安 全 账 户').signals).toContain('safe-account');
    expect(
      analyse(rules, [], '今天我们楼有人接到电话说是公安局的 说她涉嫌洗钱 让她别告诉家人 大家接到这种电话直接挂').verdict,
    ).toBe('none');
  });

  it('a child asking about a text they did not click ("It\'s a scam right?", "我没点") is a question, not the text; a neighbour\'s story passed on as a warning is no ask', () => {
    expect(
      analyse(
        english,
        [],
        "Mom, I got a text saying my package is held and I have to pay a fee through a link. I didn't click it. It's a scam right?",
      ).verdict,
    ).toBe('none');
    expect(analyse(english, [], 'Your package is held. Pay a fee through this link to release it.').verdict).not.toBe('none');
    expect(analyse(rules, [], '妈，我刚收到一个短信说我医保卡被冻结了要点链接认证，这是不是骗人的啊？我没点').verdict).toBe(
      'none',
    );
    expect(analyse(rules, [], '楼下王叔被骗了，说是什么投资群能翻倍，警察都上门了，你家老人也提醒一下').verdict).toBe('none');
  });

  it('a warning passed on to everyone ("……大家别信", "Be careful") judges the story told since its opener, earlier sentences too; 从未 denies', () => {
    expect(
      analyse(
        rules,
        [],
        '我同事昨天差点被骗，对方说是京东客服，说她开了个“百万保障”不关掉每月扣费，让她下载会议软件共享屏幕。还好她挂了打官方客服问，根本没这事，大家别信',
      ).verdict,
    ).toBe('none');
    expect(analyse(rules, [], '我行从未设立安全账户，接到可疑电话请挂断后拨打卡背面客服电话核实。').verdict).toBe('none');
    expect(
      analyse(
        english,
        [],
        "My coworker got a 'refund' call saying they overpaid her and she had to send the difference back. Total scam, don't fall for it",
      ).verdict,
    ).toBe('none');
    // A scammer's own ask in a later sentence, with no story before it, still stops.
    expect(analyse(rules, [], '我是京东客服。请下载会议软件共享屏幕，大家别信谣言。').verdict).toBe('stop');
  });

  it('a tie between case types from what a text asks is broken by the scams it names', () => {
    const lesson = '反诈课：征信记录任何人都无法花钱消除，所谓"注销校园贷账户""修复征信"都是骗局，让你在网贷平台借钱的都是骗子。';
    const result = analyse(rules, [], lesson);
    expect(result.cases[0]).toMatchObject({ slug: 'fake-credit-record', tied: false });
  });

  it('不要求 ("does not require") denies what follows it, not the sign before it; 不要 after a sign still denies it', () => {
    expect(analyse(rules, [], '招聘：泰国酒店前台 包吃包住 月薪2万起 不要求外语').verdict).toBe('caution');
    expect(analyse(rules, [], '您的验证码是123456，不要告诉任何人。').signals).not.toContain('share-code');
  });

  it('a calm word that runs into a warning word is the warning\'s: "……给你报" + "警惕电信诈骗" keeps its verdict', () => {
    const script = '小王，我是刘总，我在开会不方便接电话，有个客户货款急着付，你先转48000到这个账户，回头公司给你报';
    const verdict = analyse(rules, [], script).verdict;
    expect(verdict).toBe('caution');
    expect(analyse(rules, [], `${script}警惕电信诈骗。`).verdict).toBe(verdict);
    expect(analyse(rules, [], `${script}。我已经帮你报警了。`).verdict).toBe('none');
  });

  it('a boss\'s title that opens the text before a comma, a space or a greeting names the reader ("王总，货款请打新账户"); "我是王总" and "老同学，" still claim', () => {
    const claims = (text: string) => analyse(rules, [], text).signals.includes('claims-boss');
    expect(claims('王总，我司基本户变更了，下月起货款请打新账户')).toBe(false);
    expect(claims('老板 抖店后台提现这个月扣了300多')).toBe(false);
    expect(claims('张总您好，打扰了，我是某证券的助理')).toBe(false);
    expect(claims('小刘，我是王总，这是我新微信')).toBe(true);
    expect(claims('王总让你把合同发他邮箱')).toBe(true);
    expect(claims('老同学，还记得我不？我换号了')).toBe(true);
  });

  it('"not clicking it" after a text retold judges the whole story; customs duty to pay, a boss "in a meeting" asking a transfer still warn', () => {
    expect(
      analyse(
        english,
        [],
        'is this a scam?? got a text saying my package is held and i need to pay a $1.99 redelivery fee. link looks weird. not clicking it lol',
      ).verdict,
    ).toBe('none');
    expect(analyse(rules, [], '亲，货已经到海关了，进口商品需要补缴关税680元，缴完才能放行，麻烦尽快转一下。').verdict).toBe(
      'stop',
    );
    const boss = analyse(
      rules,
      [],
      '王会计，你在公司吗？我在外面跟客户谈事情，这边要付一笔定金38万，你马上打到这个账户上。别打电话，会议中。',
    );
    expect(boss.cases[0]?.slug).toBe('fake-boss');
  });

  it('a pop-up saying the computer is infected, an ID number asked for by text, and 不收银行卡 said by the village', () => {
    expect(
      analyse(english, [], 'WARNING: Your computer has been infected. Do not shut down. Call Support immediately.').signals,
    ).toContain('tech-support');
    const id = analyse(rules, [], '您的社保卡金融功能需要升级，未升级将无法领取相关待遇，请回复姓名+身份证号。');
    expect(id.signals).toContain('id-info');
    expect(id.verdict).toBe('caution');
    expect(analyse(rules, [], '补贴由县财政直接打到各户一卡通，村里不收任何资料费，也不收银行卡照片。').signals).not.toContain(
      'rent-card',
    );
  });

  it('a code sent to change the payment password is no card password asked for', () => {
    const result = analyse(
      rules,
      [],
      '【微信支付】您的验证码为7305，用于修改支付密码，5分钟内有效。如非本人操作，请忽略本短信。',
    );
    expect(result.signals).not.toContain('card-password');
    expect(['none', 'code']).toContain(result.verdict);
  });

  it('a parent asking whether a text is real ("是真的假的，说…") and saying it was not clicked is asking, not being asked', () => {
    expect(
      analyse(rules, [], '闺女，你帮我看看这个短信是真的假的，说我医保卡里的钱要清零，让点个链接。我没点，截图发你了').verdict,
    ).toBe('none');
    expect(analyse(rules, [], '您医保卡里的钱要清零，请点链接领取。').verdict).not.toBe('none');
  });

  it('"那个说……的短信是假的" is a relative judging a text; the text itself still warns', () => {
    expect(analyse(rules, [], '奶奶，那个说你中奖要先交手续费的短信是假的，别回。').verdict).toBe('none');
    expect(analyse(rules, [], '恭喜您中了大奖，领奖前要先交手续费。').verdict).not.toBe('none');
  });

  it('points or a medical-insurance balance "清零" is money to claim, not a credit record', () => {
    for (const text of [
      '【积分提醒】您有8360积分将于本月底清零，可兑换108元现金红包，请点击 jf-dh.cc 兑换。',
      '【医保局】您的医保账户有余额1286元即将清零，请登录 yb-tk.top 申请退还至银行卡。',
    ]) {
      const result = analyse(rules, [], text);
      expect(
        result.cases.map((c) => c.slug),
        text,
      ).not.toContain('fake-credit-record');
      expect(result.verdict, text).not.toBe('none');
    }
  });

  it('a code someone "typed your number by mistake" for is still a code asked for', () => {
    const result = analyse(rules, [], '不好意思刚才手机号填错了填成你的了，你会收到一个6位数验证码，能发我一下吗');
    expect(result.signals).toContain('share-code');
    expect(result.verdict).toBe('stop');
  });

  it('a landlord is a role, not a low price: the deposit and first rent before moving in are at most caution; rent to a new card warns', () => {
    const landlord =
      "Hi, it's the landlord. Please pay the first month's rent before you move in, to the same account as the deposit.";
    expect(analyse(english, [], landlord).verdict).toBe('caution');
    expect(analyse(english, [], landlord).signals).not.toContain('shop-bait');
    expect(analyse(rules, [], '我是房东，搬进来之前把押金和第一个月房租转给我，还是转到签合同时那张卡。').verdict).not.toBe(
      'stop',
    );
    for (const text of [
      '我是房东，之前微信号被封了，这是新号。这个月起房租改交到我爱人卡上，户名李某。',
      '这个月房租3200转到农行6228****1176，户名周某。',
    ])
      expect(analyse(rules, [], text).signals, text).toContain('pay-new-account');
    expect(
      analyse(english, [], 'Landlord here: my account has changed, please pay the rent to this new account.').signals,
    ).toContain('pay-new-account');
  });
});

describe('an honest notice that names a bank card', () => {
  it('is no offer to rent one: scholarships, a canteen, tuition', () => {
    for (const text of [
      'Scholarships will be paid in November to students with a Chinese bank card; others will get cash at the finance office.',
      'The canteen now takes card payments for anyone with a bank card or Alipay.',
      'Foreigners with a Chinese bank card can pay the tuition online; others pay at the counter.',
    ])
      expect(analyse(english, [], text).verdict, text).not.toBe('stop');
    expect(analyse(english, [], 'We have an easy side gig for people with a Chinese bank card. DM me.').verdict).toBe('stop');
  });
});

describe('reading what is meant', () => {
  it('a phrase under 不会/请勿/切勿/谨防/从不 raises nothing', () => {
    for (const text of ['我们从不要求你把钱转到安全账户。', '谨防有人让你打开屏幕共享。', '切勿向陌生账户垫付资金。']) {
      expect(
        analyse(rules, [], text).signals.filter((id) => weightOf.get(id)! >= 5),
        text,
      ).toEqual([]);
    }
  });

  it('反洗钱 is not 洗钱', () => {
    expect(analyse(rules, [], '银行反洗钱宣传周').signals).not.toContain('accused-crime');
    expect(analyse(rules, [], '你涉嫌洗钱').signals).toContain('accused-crime');
  });

  it('full-width letters, traditional characters, spaces and quotes read as the plain form', () => {
    const plain = findPhrases('转到安全账户', rules).hits.map((h) => h.signal);
    for (const text of ['轉到“安全 帳戶”', '转到 安 全 账 户']) {
      expect(findPhrases(text, rules).hits.map((h) => h.signal)).toEqual(plain);
    }
    const [hit] = findPhrases('请下载ＡＰＰ', { ...rules, phrases: [{ id: 'app', match: ['下载app'], signal: 'x' }] }).hits;
    expect('请下载ＡＰＰ'.slice(hit!.start, hit!.end)).toBe('下载ＡＰＰ');
  });
});

describe('a strong warning needs an ask', () => {
  const classic = '我是公安局民警，你涉嫌洗钱，请把钱转到安全账户配合调查，不要告诉家人。';

  it('the classic fake-police text is "stop", and stays "stop" with teaching words before or after it', () => {
    expect(analyse(rules, [], classic).verdict).toBe('stop');
    for (const text of [`谨防诈骗，${classic}`, `${classic}警惕电信诈骗。`, `警惕电信诈骗。${classic}谨防诈骗，`]) {
      expect(analyse(rules, [], text).verdict).toBe('stop');
    }
    const classicEn = 'I am a police officer. You are suspected of money laundering. Move your money to the safe account now.';
    expect(analyse(english, [], `Beware of scams. ${classicEn}`).verdict).toBe('stop');
  });

  it('谨防/beware written straight after an ask, with no stop between, leaves the ask standing', () => {
    expect(analyse(rules, [], '我是公安局民警，你涉嫌洗钱，请把钱转到安全账户～谨防诈骗').verdict).toBe('stop');
    const askEn = 'I am a police officer. Move your money to the safe account now ~ beware of scams';
    expect(analyse(english, [], askEn).verdict).toBe('stop');
  });

  it('a notice that scammers have appeared asking for a "safe account", or that there is no such thing, is no ask', () => {
    expect(analyse(rules, [], '近期出现冒充公安的来电，要求市民把钱转到“安全账户”，请大家提高警惕。').verdict).toBe('none');
    expect(analyse(rules, [], '公安来电，要求你把钱转到“安全账户”。').verdict).toBe('stop');
    const reminder =
      'Reminder: there is no such thing as a "safe account". Anyone asking you to move money to a safe account is a fraudster.';
    expect(analyse(english, [], reminder).verdict).toBe('none');
  });

  it("凡是 inside a scammer's script negates only its own clause", () => {
    const script = '我是公安局民警，你涉嫌洗钱，凡是不配合的都要拘留，请马上把钱转到安全账户配合调查。';
    expect(analyse(rules, [], script).verdict).toBe('stop');
  });

  it('a role, a place and a crime word without an ask is at most caution', () => {
    const notice = '【某派出所】您报案的手机被盗一案有进展，请民警通知您带身份证来所里做笔录。';
    const result = analyse(rules, [], notice);
    expect(result.verdict).not.toBe('stop');
    expect(result.signals).toContain('claims-police');
  });

  it('a story of what already happened warns but is not "stop": nobody is asking the reader anything', () => {
    const neighbour = '我今天在停车场扫码缴费，那个码贴得歪歪的，没敢扫，去岗亭问了才知道真的被人贴过，你们也注意点。';
    const result = analyse(rules, [], neighbour);
    expect(result.signals).toEqual(expect.arrayContaining(['qr-swapped', 'qr-code']));
    expect(result.verdict).not.toBe('stop');
    const lost = '我在充电桩扫码付了钱，一直没通电，后来才发现那个码是别人贴上去的，钱付给了一个不认识的个人。';
    expect(analyse(rules, [], lost).verdict).toBe('caution');
    // The same sign beside a strong ask still stops.
    expect(analyse(rules, [], '码被人换了，验证码发我，我帮你退。').verdict).toBe('stop');
  });

  it('a teller who asks "这种是不是骗子？" about what someone was told is told what it is, not told to stop', () => {
    const told = '我爸接到个电话说他中了超市周年庆大奖，要先交税才能领';
    expect(analyse(rules, [], `${told}。`).verdict).toBe('stop');
    expect(analyse(rules, [], `${told}，这种是不是骗子？他非说是真的，我劝不动。`).verdict).toBe('told');
    // A question that opens what it quotes asks about all of it.
    expect(analyse(rules, [], `妈，你帮我看看这条是不是骗人的：“${told}”`).verdict).toBe('told');
  });

  it('a call retold with ，说… tells of its ask; a password given is not one asked; a loan notice denies its whole list', () => {
    verdictOf(rules, '我妈昨天接到冒充公检法的电话，说涉嫌洗钱要转到安全账户。').toBe('told');
    verdictOf(rules, '公检法电话里说你涉嫌洗钱，要转到安全账户。').toBe('stop');
    verdictOf(rules, '有人上门说政府发补贴，要她的银行卡和密码，说帮她办理。').not.toBe('none');
    verdictOf(rules, '哥们，我那个王者号送你了，账号密码等下发你。').not.toBe('stop');
    verdictOf(rules, '你把王者号的账号密码发我，我帮你估价。').toBe('stop');
    verdictOf(
      english,
      'Reminder from your lender: real lenders never charge deposits, unfreezing fees or "bank flow verification" fees before releasing a loan.',
    ).toBe('none');
    verdictOf(
      english,
      'This is the police station. We recovered part of the money from the case you reported; bring your ID to the station.',
    ).toBe('none');
  });

  it("a police follow-up on the reader's own report, a code message that asks nothing, and 刚才是不是…？那是诈骗 are no reason to stop", () => {
    // An ask told of, beside the reader's own report (a calm cue), is covered as a weaker ask is.
    verdictOf(rules, '李先生，我是分局反诈民警，您刚才报警说被“客服”开了屏幕共享，账户已止付，请带上手机来分局。').not.toMatch(
      /stop|told/,
    );
    verdictOf(rules, '我是分局反诈民警，请马上打开屏幕共享配合我们检查账户。').toBe('stop');
    // A bank's code message names a transfer; it asks nothing of what the sources call fraud.
    verdictOf(rules, '【某银行】验证码604318，您正在向对公账户转账8,000.00元，切勿将验证码告知他人。').toBe('code');
    verdictOf(english, 'Your verification code is 604318 for a transfer of 8,000 yuan. Never share this code with anyone.').toBe(
      'code',
    );
    verdictOf(rules, '验证码604318，切勿告知他人。我是银行客服，系统误发了，请把验证码发给我。').toBe('stop');
    verdictOf(rules, '您好，我是派出所民警，您刚才是不是在网上被要求交解冻费？那是诈骗，别再转了。').toBe('none');
  });

  it("a bank's alert that says to call the number on the card, and a teller who put no money in, read calm", () => {
    verdictOf(rules, '【某银行】您尾号1234的账户向个人账户转账20000元，如非本人操作，请立即致电卡片背面客服电话。').toBe('none');
    verdictOf(rules, '我在网上看到一个说能日赚几千的投资群，感觉像骗子，我没投钱。').toBe('none');
    verdictOf(rules, '加入我们的投资群，日赚几千，先投五千试试。').not.toBe('none');
  });

  it('beside a calm cue, an ask only told of warns of nothing; one made of the reader still does', () => {
    verdictOf(rules, '李阿姨，您昨天说有人让您去宾馆配合调查，我已经跟派出所说了，下午民警上门跟您聊聊。').toBe('none');
    verdictOf(rules, '李阿姨，我已经跟派出所说了，您去宾馆配合调查，别告诉家里人。').not.toBe('none');
    verdictOf(english, 'Grandma, the text about your pension being frozen is fake. Just delete it.').toBe('none');
  });

  it("a landlord's deposit receipt is no fee asked, and a code message that says to ignore it if it was not you is a code message", () => {
    verdictOf(
      english,
      "Rent goes to the same account as usual. Keep the deposit receipt safe, I'll refund it when you move out.",
    ).toBe('none');
    verdictOf(english, 'Pay a deposit first and I will refund it when you move in.').not.toBe('none');
    verdictOf(rules, '【某平台】您正在注销账户，验证码604318，5分钟内有效。如非本人操作，请忽略本短信。').toBe('code');
  });

  it('投资类诈骗 names a scam, a shop 已被…查处 is judged, and a deposit paid on signing is no fee first', () => {
    verdictOf(rules, '您家人可能正在接触投资类诈骗，请提醒家人不要向陌生平台充值。').toBe('none');
    verdictOf(rules, '小区门口那家免费领鸡蛋的门店已被市场监管局查处。').toBe('none');
    verdictOf(english, "There's no fee for viewing; the deposit is only paid when you sign the contract.").toBe('none');
  });

  it('a relative on a borrowed number who says not to call the old one is warned', () => {
    verdictOf(rules, '妈，是我，手机坏了，这个是同学的号，先别打我原来那个。').toBe('caution');
    verdictOf(english, "Mum, it's me. My phone broke, this is a coworker's number. Don't call my old one for now.").toBe(
      'caution',
    );
  });

  it('an ask told of as made of someone else ("对方让她…", "they told her to…") is "told", not "stop"; one made of the reader stops', () => {
    const asks = [
      [
        rules,
        '昨天有人给我妈打电话，自称公安，让她把存款转到安全账户配合调查，还好被我拦下了。',
        '请把存款转到安全账户配合调查。',
      ],
      [rules, '小区里好几个老人接到电话，对方要求把养老钱转到安全账户。', '你把养老钱转到安全账户。'],
      [
        english,
        'A man rang my grandad, said he was from the police and told him to move his savings to a safe account.',
        'Move your savings to a safe account now.',
      ],
      [
        english,
        'My aunt got a call from a man who said he was a police officer; he asked her to move her savings to a safe account.',
        'You must move your savings to a safe account.',
      ],
    ] as const;
    for (const [ruleSet, told, made] of asks) {
      verdictOf(ruleSet, told).toBe('told');
      verdictOf(ruleSet, made).toBe('stop');
      // What it tells of is still named.
      expect(analyse(ruleSet, [], told).cases[0]?.slug).toBe('fake-police');
    }
    // Beside an ask told of, one made of the reader still stops ("对方要求先付定金，你先把钱转到这个账户").
    verdictOf(rules, '对方要求今天先付定金，我在开会不方便接电话，你先把38万转到这个账户，办完截图给我。').toBe('stop');
    // The teller asked ("让我…", "asked me to…") is the reader: it stops.
    verdictOf(rules, '有个自称客服的打电话让我开屏幕共享，说要帮我退款。').toBe('stop');
    verdictOf(english, 'A man who said he was from customer service asked me to share my screen for a refund.').toBe('stop');
    // An ask ticked as an answer is the reader's own: it stops whatever the text tells.
    expect(analyse(rules, ['ask-safe-account'], '对方让她把钱转到安全账户').verdict).toBe('stop');
  });

  it('不开启/不下载 deny what follows, "不下载……就……" is a threat, and 所谓 names', () => {
    expect(analyse(rules, [], '请大家牢记：不开启屏幕共享，不下载陌生APP。').verdict).toBe('none');
    expect(analyse(rules, [], '不下载陌生APP。').signals).not.toContain('link-app');
    expect(analyse(rules, [], '你不下载这个app就没法退款').signals).toContain('link-app');
    expect(analyse(rules, [], '不向所谓“安全账户”转账。').verdict).not.toBe('stop');
    expect(analyse(rules, [], '请马上把钱转到安全账户。').verdict).toBe('stop');
  });

  it('别 inside a word (别人, 特别) denies nothing; 别 before a verb still does', () => {
    expect(analyse(rules, [], '后来保安说那个二维码是别人贴上去的。').signals).toContain('qr-swapped');
    expect(analyse(rules, [], '别把验证码告诉别人。').verdict).not.toBe('stop');
    expect(analyse(rules, [], '别扫那个二维码。').signals).not.toContain('qr-code');
  });

  it('a near miss told afterwards ("我直接挂了", "I hung up") is not "stop"; the same ask said to the reader is', () => {
    const ask = '有个自称外卖平台客服的打电话让我开屏幕共享升级店铺';
    expect(analyse(rules, [], `${ask}。`).verdict).toBe('stop');
    expect(analyse(rules, [], `小店老板注意：今天${ask}，我直接挂了打官方客服，人家说根本没这事，大家别上当`).verdict).not.toBe(
      'stop',
    );
    const askEn = "Got a call from 'Australia Post' about a refund, asked me to install AnyDesk and share my screen.";
    expect(analyse(english, [], askEn).verdict).toBe('stop');
    expect(analyse(english, [], `Nearly fell for it! ${askEn} I hung up and checked the app.`).verdict).not.toBe('stop');
  });

  it('a call telling you to stop paying is not "stop"', () => {
    const call = '96110反诈专线来电：您是否在做网上刷单兼职？请立即停止付款，不要再向对方平台转账。';
    expect(analyse(rules, [], call).verdict).not.toBe('stop');
    const told =
      '96110 called: the part-time job app I downloaded is fake, and they told me not to pay anything more into it today.';
    expect(analyse(english, [], told).verdict).toBe('none');
  });

  it('the asks of scams outside the ten types warn: a new card for the rent, a code in the group, renting out a card, a deposit for a job', () => {
    for (const text of [
      '我是你房东，之前那张卡丢了，这个月房租打到这张卡上。',
      '家长群里班主任发了收款码，让交资料费。',
      '把你的银行卡借给我们走个账，每流水一万给你200。',
      '招聘打字员，需缴纳押金领取资料。',
      '这是我新号，原来那个不用了，你把旧号删了吧。',
    ])
      expect(['stop', 'caution'], text).toContain(analyse(rules, [], text).verdict);
    expect(analyse(rules, [], '把你的银行卡借给我们走个账').signals).toContain('rent-card');
    expect(analyse(english, [], 'Just lend us your bank card to run money through it.').verdict).toBe('stop');
  });

  it("an institution's own warning sentence is not an ask: 任何索要验证码的都不是银行工作人员", () => {
    const sms = '【某银行】您的账户正在进行网上支付，金额299.00元，验证码：731045。任何索要验证码的都不是银行工作人员。';
    expect(analyse(rules, [], sms).verdict).toBe('code');
    expect(analyse(rules, [], '对方索要验证码，我就报给了他。').verdict).toBe('stop');
  });

  it('a refund to the original payment, a platform paying you, a fee paid on the official platform: no warning', () => {
    for (const text of [
      '【铁路12306】您的列车因故停运，车票已全额退款，款项将原路返还。如需改签请登录客户端办理。',
      '【某交易平台】您上架的角色已售出，款项已转入您的账户，扣除手续费后可提现至绑定的银行卡。',
      '各位家长：本学期保险费已在市教育缴费平台开通，请登录平台完成缴纳，不要私下转账给任何个人。——班主任',
      '【某派出所】您报案的电动车被盗一案有进展，请带身份证到派出所办理手续。',
    ])
      expect(analyse(rules, [], text).verdict, text).toBe('none');
    const refund = '[12306] Your train was cancelled. A full refund has been issued to your original payment method.';
    expect(analyse(english, [], refund).verdict).toBe('none');
  });

  it('the same pointers do not excuse a strong ask, nor a fee without them', () => {
    expect(analyse(rules, [], '您报案的案子需要资金核查，请把钱转到安全账户。').verdict).toBe('stop');
    expect(analyse(rules, [], '您的账号异常，需先交200元保证金才能解冻，联系客服办理。').verdict).not.toBe('none');
  });

  it('a 2017-tip sign alone (a flight change) never says stop', () => {
    expect(analyse(rules, [], '您的航班改签成功，请按新时间到机场值机。').verdict).not.toBe('stop');
  });

  it('a description of a scam names its type and says it only describes one', () => {
    const result = analyse(rules, [], '凡是自称公检法要求你把钱转到安全账户配合调查的，都是诈骗！');
    expect(result.verdict).toBe('none');
    expect(result.describes).toBe(true);
    expect(result.cases[0]?.slug).toBe('fake-police');
  });
});

/** The text raises these signs (among others) and reads as this verdict. */
/** The verdict on a text, with the text named when it fails. */
function verdictOf(ruleSet: typeof rules, text: string) {
  return expect(analyse(ruleSet, [], text).verdict, text);
}

function reads(ruleSet: typeof rules, text: string, signs: string[], verdict: Analysis['verdict']) {
  const result = analyse(ruleSet, [], text);
  expect(result.signals, text).toEqual(expect.arrayContaining(signs));
  expect(result.verdict, text).toBe(verdict);
}

describe('a first contact that asks nothing yet', () => {
  it('an office the reader never called, asking whether it is them, is a reason to check (caution), never "stop"', () => {
    reads(rules, '您好，这里是社保服务中心，请问您是王女士本人吗？', ['claims-official', 'contact-hook'], 'caution');
    reads(english, 'Hello, this is the Social Security Office. Am I speaking with Mrs Green?', ['contact-hook'], 'caution');
    // The ask that follows is what stops.
    expect(analyse(rules, [], '您好，这里是社保服务中心，请问您是王女士本人吗？请把收到的验证码告诉我。').verdict).toBe('stop');
  });

  it('how a contact opens never counts towards "stop": with a weaker ask beside it, it stays caution', () => {
    reads(rules, '请问您是王先生本人吗？报名需要先交300元保证金。', ['contact-hook', 'pay-first'], 'caution');
  });

  it('is told apart from a caution that asks: only an opener with who the sender says they are reads as a first contact', () => {
    for (const [ruleSet, text] of [
      [rules, '您好，这里是社保服务中心，请问您是王女士本人吗？'],
      [english, "Hi, this is your landlord. I've switched to a new WeChat account, please add this one."],
    ] as const) {
      const result = analyse(ruleSet, [], text);
      expect(result.verdict, text).toBe('caution');
      expect(result.firstContact, text).toBe(true);
    }
    // Something asked (a fee first), or a sign of weight beside the opener (a carrier's "real-name" pretext): the usual caution.
    for (const text of [
      '请问您是王先生本人吗？报名需要先交300元保证金。',
      '您好，这里是移动营业厅，您的手机卡需要进行实名认证升级，请问您现在方便接电话吗？',
    ])
      expect(analyse(rules, [], text).firstContact, text).toBe(false);
    // A claim alone warns of nothing, so it is no first contact either.
    expect(analyse(rules, [], '您好，这里是社保服务中心。').firstContact).toBe(false);
  });

  it('a question alone, or one that points to a public number, warns of nothing', () => {
    expect(analyse(rules, [], '这周六的读书会你有兴趣吗？').verdict).toBe('none');
    expect(analyse(english, [], 'Would you be interested in joining our book club this Saturday?').verdict).toBe('none');
    const checked = '您好，我是社保局的，您的社保卡要升级，请问您本人现在方便说话吗？不收任何费用，可以拨打12333核实。';
    expect(analyse(rules, [], checked).verdict).toBe('none');
  });

  it('someone retelling who added them is not asking the reader to add anyone', () => {
    const told = analyse(rules, [], '昨天有人加我微信说是我们领导，我直接打电话问了领导本人，是假的。');
    expect(told.signals).not.toContain('contact-hook');
    expect(analyse(rules, [], '你好，我是你初中同学啊，还记得我不？加我微信聊聊').signals).toContain('contact-hook');
  });

  it('who the sender says they are counts once, however many roles are named', () => {
    const notice = '各位居民好，我是社区网格员小刘，片区民警让我提醒大家：最近骚扰电话多，注意接听。';
    reads(rules, notice, ['claims-official', 'claims-police'], 'none');
  });
});

describe('a sales talk that promises a cure', () => {
  it('is warned; a doctor who says a medicine helps is not', () => {
    const talk = '社区门口的健康讲座上，他们说这个床垫能治百病，三个疗程就能疏通血管。';
    reads(rules, talk, ['health-sale', 'cure-claim'], 'caution');
    expect(analyse(rules, [], '医生说这个药能治好你的咳嗽，按时吃。').verdict).toBe('none');
  });
});

describe('words match as words', () => {
  it('验资 is not found inside 实验资料费', () => {
    const result = analyse(rules, [], '妈，老师让交200块实验资料费，你不放心就打我电话问问。');
    expect(result.signals).not.toContain('flow-brushing');
    expect(result.verdict).toBe('none');
    expect(analyse(rules, [], '对方说放款前要先验资，把两万转到指定账户。').signals).toContain('flow-brushing');
  });

  it('a word inside a web address is part of the address', () => {
    const result = analyse(english, [], 'Tax office notice: visit tax-back.top today.');
    expect(result.hits.filter((h) => h.signal === 'extra-fees')).toHaveLength(1);
    expect(result.signals).toContain('web-address');
    // Newer endings scammers register cheaply are addresses too.
    expect(analyse(english, [], 'USPS: update your details within 12 hours: usps-redeliver.help').signals).toContain(
      'web-address',
    );
    // So are short links.
    expect(analyse(english, [], 'Hey!! is this you in this video?? lol bit.ly/3xVq9').signals).toContain('web-address');
  });

  it("without Intl.Segmenter (older browsers) the phrase's unless-words still tell 验资 from 实验资料费", async () => {
    const saved = (Intl as { Segmenter?: unknown }).Segmenter;
    delete (Intl as { Segmenter?: unknown }).Segmenter;
    try {
      vi.resetModules();
      const fresh = await import('@/lib/scam-check/engine');
      expect(fresh.analyse(rules, [], '老师让交实验资料费。').signals).not.toContain('flow-brushing');
      expect(fresh.analyse(rules, [], '要先验资才能放款。').signals).toContain('flow-brushing');
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = saved;
    }
  });
});

describe('naming the type from evidence', () => {
  it('a generic sign alone names no case type', () => {
    for (const text of ['要先交保证金', '时间紧迫', '手续费']) expect(analyse(rules, [], text).cases, text).toEqual([]);
  });

  it('the order of the rules file decides nothing', () => {
    const text = '对方让他交保证金，说他卡号填错了，游戏装备才能解冻。';
    const reversed = { ...rules, signals: [...rules.signals].reverse(), phrases: [...rules.phrases].reverse() };
    expect(analyse(reversed, [], text).cases).toEqual(analyse(rules, [], text).cases);
  });

  it('equal evidence is reported as a tie, not as a winner', () => {
    const tie = {
      questions: [],
      signals: [
        { id: 'a', weight: 6, cases: ['one'] },
        { id: 'b', weight: 6, cases: ['two'] },
      ],
      phrases: [
        { id: 'a', match: ['甲方'], signal: 'a' },
        { id: 'b', match: ['乙方'], signal: 'b' },
      ],
      calm: [],
      cues: rules.cues,
    };
    expect(analyse(tie, [], '甲方乙方').cases.map((c) => c.tied)).toEqual([true, true]);
  });

  it('says how sure it is', () => {
    const strong = analyse(rules, [], '我爸接到自称公安局的电话，说他涉嫌洗钱，让他把钱转到安全账户。');
    expect(strong.cases[0]).toMatchObject({ slug: 'fake-police', level: 'strong' });
    expect(analyse(rules, [], '有个自称警察的人打来电话').cases[0]).toMatchObject({ slug: 'fake-police', level: 'some' });
  });
});

describe('phrase matching', () => {
  it('marks where each phrase stands, without overlaps', () => {
    const text = '请把钱转到安全账户，并告诉我验证码';
    const { hits } = findPhrases(text, rules);
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain('安全账户');
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  it('ignores ASCII case and keeps positions in the original text', () => {
    const text = 'İ下载APP';
    const [hit] = findPhrases(text, { ...rules, phrases: [{ id: 'app', match: ['app'], signal: 'x' }] }).hits;
    expect(text.slice(hit!.start, hit!.end)).toBe('APP');
  });

  it('English words match whole words only at their start', () => {
    expect(findPhrases('a pineapple', english).hits.map((h) => h.signal)).not.toContain('card-password');
  });

  it('the page carries both languages: their two-part phrases share a lookup bucket at most TWO_PART_SHARE at a time', () => {
    const buckets = new Map<number, string[]>();
    for (const m of [...english.phrases, ...rules.phrases].flatMap((p) => p.match).filter((m) => m.includes('…'))) {
      const head = normalise(m.split('…')[0]!).text;
      const key = pairKey(head, 0);
      buckets.set(key, [...(buckets.get(key) ?? []), m]);
    }
    expect(buckets.size).toBeGreaterThan(10);
    for (const list of buckets.values()) expect(list.length, list.join(' ')).toBeLessThanOrEqual(TWO_PART_SHARE);
  });

  it('Chinese text on the English page finds its signs with the Chinese phrases', () => {
    const page = { ...english, phrases: [...english.phrases, ...rules.phrases] };
    const result = analyse(page, [], '我是公安局的，你涉嫌洗钱，把钱转到安全账户。');
    expect(result.signals).toEqual(expect.arrayContaining(['safe-account', 'claims-police', 'accused-crime']));
    expect(result.cases[0]?.slug).toBe('fake-police');
  });
});

describe('any input, quickly', () => {
  const alphabet = [
    ...'安全账户验证码刷单佣金abcXYZ 0123<>&"\'/\\\n\t😀👍🏻中文ＡＢＣ',
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    'İ',
  ];
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const options = rules.questions.flatMap((q) => q.options.map((o) => o.id));

  /**
   * Milliseconds of processor time the call took. The budget is about a phone doing nothing else; wall-clock
   * time on a shared build machine also counts the time other processes held the processor.
   */
  const cpuMs = (fn: () => void) => {
    const before = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  };
  /** The best of five: the analysis's own cost, not a garbage collection or a compile on another thread that fell in it. */
  const bestMs = (fn: () => void) => Math.min(...[0, 1, 2, 3, 4].map(() => cpuMs(fn)));
  /**
   * The most one analysis may take. About 20–30 ms is what the worst inputs below cost on a quiet build machine; the CI
   * machine, running the type checker and the linter beside these tests on its two cores, has measured up to 80 ms
   * for the same work. The fault this guards against, walking overlapping spans again and again (凡是 × 50,000 took
   * 213 ms on a server before it was mended), grows with the square of the text: "costs grow with the text" below
   * catches it at any machine's speed.
   */
  const BOUND_MS = 120;

  it('handles 10 000 random inputs without throwing, each well under the bound', () => {
    /** The slowest inputs of one run each, timed again as the best of five: an input that is slow every time. */
    let slow: { ms: number; text: string; answers: string[] }[] = [];
    for (let i = 0; i < 10_000; i++) {
      const length = Math.floor(random() * 400);
      let text = '';
      for (let j = 0; j < length; j++) text += pick(alphabet);
      const answers = Array.from({ length: Math.floor(random() * 6) }, () => pick([...options, 'not-an-option']));
      let result: Analysis | undefined;
      const ms = cpuMs(() => (result = analyse(rules, answers, text)));
      if (slow.length < 5 || ms > slow[slow.length - 1]!.ms)
        slow = [...slow, { ms, text, answers }].sort((a, b) => b.ms - a.ms).slice(0, 5);
      expect(['stop', 'caution', 'code', 'none']).toContain(result!.verdict);
    }
    const slowest = Math.max(...slow.map(({ text, answers }) => bestMs(() => analyse(rules, answers, text))));
    console.log(`slowest of 10 000 random analyses: ${slow[0]!.ms.toFixed(2)} ms once, ${slowest.toFixed(2)} ms at best of five`);
    expect(slowest).toBeLessThan(BOUND_MS);
    // Ten thousand analyses take seconds on a build machine shared with other jobs; each one is timed above.
  }, 60_000);

  it('handles 100 000 characters and more', () => {
    const page = { ...rules, phrases: [...rules.phrases, ...english.phrases] };
    for (const text of [
      '安全账户'.repeat(25_000),
      'a'.repeat(MAX_TEXT + 5_000),
      '😀'.repeat(60_000),
      '我爸说对方不让他挂电话，要把钱转到安全账户，不要告诉家里人。'.repeat(3500),
      'Please do not tell anyone and move the money to the safe account now. '.repeat(1500),
      // Overlapping cue spans, short phrases that need a word check, runs of address characters.
      '凡是'.repeat(50_000),
      '验资'.repeat(50_000),
      '谨防诈骗，凡是不要安全账户都是诈骗验资刷单'.repeat(4_600),
      'x.com/tax '.repeat(10_000),
      // A word read in its own pass (a near miss) and a negation cue that is part of a word (别人).
      '差点被骗'.repeat(25_000),
      '别人'.repeat(50_000),
      // A boss's title at every place: whether it opens the text is read from its start only until a first character.
      ' 王总，'.repeat(33_000),
      '',
    ]) {
      let result: Analysis | undefined;
      const ms = bestMs(() => (result = analyse(page, [], text)));
      console.log(`${text.slice(0, 6)}… (${text.length} characters): ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(BOUND_MS);
      for (const hit of result!.hits) expect(hit.end).toBeLessThanOrEqual(MAX_TEXT);
      expect(result!.hits.length).toBeLessThanOrEqual(MAX_MARKS);
    }
    // Thirteen texts, each read five times: seconds on a shared build machine; each reading is timed above.
  }, 60_000);

  it('a phrase in two parts looks only a few characters ahead, as many as the loader lets share a start', () => {
    const two = {
      ...rules,
      phrases: Array.from({ length: TWO_PART_SHARE }, (_, i) => ({
        id: `p${i}`,
        match: [`先交…学费${i}`],
        signal: 'fee-to-get',
      })),
    };
    for (const text of ['先交'.repeat(50_000), `先交${'，'.repeat(GAP)}`.repeat(5_000)]) {
      const ms = bestMs(() => analyse(two, [], text));
      console.log(`two-part phrases, ${text.slice(0, 4)}… (${text.length} characters): ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });

  it('costs grow with the text, not faster: five times the text, at most about five times the time', () => {
    const page = { ...rules, phrases: [...rules.phrases, ...english.phrases] };
    const best = (text: string) => bestMs(() => analyse(page, [], text));
    // A boss's title at every place, read for whether it opens the text; a calm cue at every place, each of them
    // before a turn to the reader and a denied list; an ask told of at every place.
    const units = [
      '凡是',
      '不要',
      '谨防诈骗，凡是安全账户都是诈骗',
      'never beware safe account ',
      ' 王总，',
      '对方让她转安全账户',
    ];
    for (const unit of [...units, 'we will never ask you to pay, share or sign, so please pay the deposit, ']) {
      const small = best(unit.repeat(Math.ceil(20_000 / unit.length)));
      const large = best(unit.repeat(Math.ceil(100_000 / unit.length)));
      console.log(`${unit}: 20 000 characters ${small.toFixed(1)} ms, 100 000 characters ${large.toFixed(1)} ms`);
      // Linear is about 5×; walking overlapping spans again and again made it 25×. Timers are coarse on a busy machine.
      expect(large).toBeLessThan(12 * small + 8);
    }
  });

  it('marks at most MAX_MARKS phrases and counts the rest', () => {
    const result = analyse(rules, [], '安全账户。'.repeat(1000));
    expect(result.hits).toHaveLength(MAX_MARKS);
    expect(result.unmarked).toBe(1000 - MAX_MARKS);
  });
});

describe('a phrase in two parts ("先…学费")', () => {
  const two = { ...rules, phrases: [{ id: 'fee', match: ['先报名…学费'], signal: 'fee-to-get' }] };
  const found = (text: string) => findPhrases(text, two).hits.map((h) => text.slice(h.start, h.end));

  it('finds the second part a few characters on, across a comma, and marks each part, not what stands between', () => {
    expect(found('需要先报名参加培训课程，学费980元')).toEqual(['先报名', '学费']);
  });

  it('an English second part starts a word: "app" is not inside "happy"', () => {
    expect(analyse(english, [], 'I borrowed from Sam, happy days.').verdict).not.toBe('stop');
    expect(analyse(english, [], 'I borrowed from three apps and sent it all to them.').signals).toContain('borrow-transfer');
  });

  it('not in the next sentence, and not further than GAP characters', () => {
    expect(found('先报名。学费另算')).toEqual([]);
    expect(found(`先报名${'参'.repeat(GAP + 1)}学费`)).toEqual([]);
    expect(found(`先报名${'参'.repeat(GAP)}学费`)).toEqual(['先报名', '学费']);
  });

  it('is negated like any phrase: a school that says no fee is needed first asks for nothing', () => {
    const result = analyse(two, [], '不需要先报名交学费，开学时在学校缴费平台缴纳。');
    expect(result.signals).not.toContain('fee-to-get');
  });

  it('is meant only if neither part is negated: a 不要 or "not" between the parts governs the second', () => {
    expect(analyse(two, [], '可以先报名，不需要交学费。').signals).not.toContain('fee-to-get');
    expect(analyse(two, [], '可以先报名，再交学费。').signals).toContain('fee-to-get');
    // Someone who paid for a meal and wants nothing back; someone who borrowed from family, not from an app.
    expect(analyse(rules, [], '饭钱我先垫了，别返给我了。').verdict).toBe('none');
    expect(analyse(english, [], 'I borrowed from Mum, not an app.').verdict).toBe('none');
    // A code message's own never-share line: the code is sent, not asked for.
    expect(analyse(rules, [], '验证码发到你手机后请勿告诉任何人。').verdict).not.toBe('stop');
    // A cue that is partly the phrase's own first part (千万别 in 千万别让…知道) negates neither part.
    expect(analyse(rules, [], '让她往卡里打两万，千万别让舅舅知道。').signals).toContain('keep-secret');
    // A cue just after the first part governs what follows it, not the first part: these still ask.
    expect(analyse(rules, [], '你先垫付不要紧，做完马上返佣金。').verdict).toBe('stop');
    expect(analyse(rules, [], '把借出来的钱不要留在卡里，转到指定账户。').verdict).toBe('stop');
    // The same behaviour with both parts plain still stops.
    expect(analyse(rules, [], '你先垫付一单，完成后返佣金。').verdict).toBe('stop');
    expect(analyse(english, [], 'I borrowed from three apps and sent it all to them.').verdict).toBe('stop');
  });

  it('leaves what stands between its parts to be read: a phrase there is found and marked between them', () => {
    const withSafe = { ...two, phrases: [...two.phrases, { id: 'safe', match: ['安全账户'], signal: 'safe-account' }] };
    const text = '先报名，钱转到安全账户，再交学费';
    const { hits } = findPhrases(text, withSafe);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.phrase])).toEqual([
      ['先报名', 'fee'],
      ['安全账户', 'safe'],
      ['学费', 'fee'],
    ]);
    expect(analyse(withSafe, [], text).signals).toEqual(expect.arrayContaining(['fee-to-get', 'safe-account']));
    const secret = analyse(rules, [], '先垫付，别让家人知道，完成后返佣金。');
    expect(secret.signals).toEqual(expect.arrayContaining(['brushing', 'keep-secret']));
    expect(secret.verdict).toBe('stop');
    // A puppy "free to adopt" for its freight: the breed named between the parts is the bait.
    expect(analyse(rules, [], '免费领养柯基幼犬，只需承担运费300元。').verdict).toBe('stop');
  });

  it('marks never overlap and come in the order of the text, whatever stands between the parts', () => {
    const random = seededRandom(7);
    const pieces = [rules, english].flatMap((r) => r.phrases.flatMap((p) => p.match.flatMap((m) => m.split('…'))));
    const glue = ['，', '。', ' ', '不要', 'not ', '别', '的', 'x'];
    const page = { ...rules, phrases: [...rules.phrases, ...english.phrases] };
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      for (let j = Math.floor(random() * 12); j > 0; j--)
        text += random() < 0.6 ? pieces[Math.floor(random() * pieces.length)] : glue[Math.floor(random() * glue.length)];
      const { hits } = findPhrases(text, page);
      hits.forEach((h, i) => {
        expect(h.start, text).toBeLessThan(h.end);
        expect(h.start, text).toBeGreaterThanOrEqual(i ? hits[i - 1]!.end : 0);
      });
    }
  });

  it('each part is a mark drawn: MAX_MARKS counts marks, the rest are counted as not drawn', () => {
    const { hits, unmarked } = findPhrases('先报名，学费。'.repeat(MAX_MARKS), two);
    expect(hits).toHaveLength(MAX_MARKS);
    expect(unmarked).toBe(MAX_MARKS);
    expect(hits.every((h, i) => i === 0 || h.start >= hits[i - 1]!.end)).toBe(true);
  });

  it('a phrase between the parts may not overlap the second part, nor take it as its own second part', () => {
    const overlap = {
      ...two,
      phrases: [
        ...two.phrases,
        { id: 'tuition', match: ['交学费'], signal: 'pay-first' },
        { id: 'pay', match: ['交钱…学费'], signal: 'pay-first' },
      ],
    };
    const parts = (text: string) => findPhrases(text, overlap).hits.map((h) => [text.slice(h.start, h.end), h.phrase]);
    expect(parts('先报名交学费')).toEqual([
      ['先报名', 'fee'],
      ['学费', 'fee'],
    ]);
    expect(parts('先报名，交钱，学费')).toEqual([
      ['先报名', 'fee'],
      ['学费', 'fee'],
    ]);
  });
});

describe('the word lists the analysis reads', () => {
  it('hold each word once, written as the analysis reads text (a leading space is kept on purpose)', () => {
    const lists = { calm: rules.calm, ...rules.cues };
    for (const [name, list] of Object.entries(lists)) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const cue of list) expect(normalise(cue.trimStart()).text, `${name}: ${cue}`).toBe(cue.trimStart());
    }
  });
});

describe('the phrases as the page carries them', () => {
  it('unpack what was packed, in order, for both languages', () => {
    const ids = english.signals.map((s) => s.id);
    const list = [...english.phrases, ...rules.phrases];
    const plain = list.map(({ match, signal, unless }) => ({ signal, match, ...(unless && { unless }) }));
    expect(unpackPhrases(packPhrases(list, ids), ids)).toEqual(plain);
  });
});
