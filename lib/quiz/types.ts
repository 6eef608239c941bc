/** The plain data a quiz component needs about one item (serialisable, no functions). */
export interface QuizOption {
  id: string;
  text: string;
}

export interface QuizMessage {
  side: 'them' | 'me';
  text: string;
}

export interface PlayableItem {
  id: string;
  topic: string;
  type: 'single' | 'multiple' | 'truefalse' | 'scenario';
  prompt: string;
  scenario?: { channel: 'sms' | 'wechat' | 'call'; from: string; messages: QuizMessage[] };
  options: QuizOption[];
  answer: string[];
  explanation: string;
  /** Where the lesson teaches this, as a path inside the locale (with #section). */
  learnHref: string;
  learnTitle: string;
}

export interface TopicInfo {
  title: string;
  href: string;
}
