import { describe, expect, it } from 'vitest';
import { ERROR_TEXT } from '@/lib/error-text';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

describe('the error boundaries say what messages/ says', () => {
  it.each([
    ['zh-CN', zh],
    ['en', en],
  ] as const)('%s', (locale, messages) => {
    expect(ERROR_TEXT[locale]).toEqual({
      title: messages.errorPage.title,
      body: messages.errorPage.body,
      home: messages.notFound.home,
      emergency: messages.footer.emergency,
    });
  });
});
