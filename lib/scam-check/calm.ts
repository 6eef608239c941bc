// A word list, so it is not in the page's JavaScript: the content loader puts it into the scam check's rules
// (lib/content/collections/scam-check.ts) and the page fetches it with the phrases (app/[locale]/check/phrases.json).
/**
 * The text points to a channel the reader already uses, or is about their own report: a refund to the
 * original payment, a fee paid on the school's or platform's own app, the police about a case they reported,
 * 96110 telling them to stop paying, a court asking them to come in with their ID, a bank's alert that says
 * to call its public number, a lender's own "we never ask for a fee", a relative checked on their usual number. Such a text asks for nothing new: a weaker ask in it is not a reason to
 * stop, and words alone are no reason for caution.
 */
export const CALM_CUES: readonly string[] = [
  '原路返还',
  '原路退回',
  '原路退还',
  '客户端办理',
  '缴费平台',
  '缴费栏目',
  '报案的',
  '您报案',
  '你报案',
  '报警的',
  '作为原告',
  '余额充足',
  '96110',
  '诈骗讲座',
  '反诈讲座',
  '防骗讲座',
  // The institution's own premises: a notice that asks you to come in person asks nothing a scam can take.
  '到本院',
  '至本院',
  '来本院',
  '到本所',
  '到本局',
  '到本行',
  '到就近派出所',
  '到就近的派出所',
  '带好身份证',
  '柜台',
  '柜员',
  // The institution's own warning that it never asks: a bank, a court or a lender telling you how it works.
  '不会以任何理由',
  '本院不会',
  '本平台不会',
  '本行不会',
  '我行不会',
  // A payment going through the company's own approval, as the boss said in person.
  '审批流程',
  '走审批',
  '审批单',
  'oa提交',
  'oa系统',
  'oa审批',
  '报销流程',
  // The reader checked by calling back the number they already had.
  '常用号码',
  '常用的号码',
  'original payment',
  'you reported',
  'you filed',
  'as the plaintiff',
  'payment mini program',
  'anti-fraud talk',
  'bring your id',
  'come in person',
  'in person at',
  'local police station',
  'at the counter',
  'will never ask you',
  'we never ask you',
  'usual number',
];
