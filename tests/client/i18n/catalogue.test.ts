import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../../src/shared/rejection';
import { REJECTION_CODES } from '../../../src/shared/sync/rejection-codes';
import { DISH_TAGS } from '../../../src/shared/canteen/dish';
import { MEALS, SERVICE_MODES } from '../../../src/shared/canteen/canteen';
import { MUTATION_NAMES } from '../../../src/shared/sync/mutations';
import type { ApiErrorCode } from '../../../src/shared/api-error';
import { zhCN } from '../../../src/client/i18n/zh-cn';
import { SERVICES } from '../../../src/client/services';
import { t } from '../../../src/client/i18n/t';
import '../../../src/client/features/login/login-messages';
import { errorMessage, isApiErrorCode } from '../../../src/client/i18n/error-message';
import { ApiError } from '../../../src/client/sync/api-client';

// the core's words and every service's shell words: all the banner and the tabs may need
const catalogue: Record<string, string> = Object.assign({}, zhCN, ...Object.values(SERVICES).map((s) => s.messages['zh-CN']));
const CJK = /[\u4e00-\u9fff]/;

// listed as a Record so adding an ApiErrorCode without a line here fails to compile
const API_ERROR_CODES = Object.keys({
  INVALID: 1, UNAUTHENTICATED: 1, FORBIDDEN: 1, NOT_FOUND: 1, CODE_INVALID: 1, CODE_EXPIRED: 1,
  TOO_MANY_ATTEMPTS: 1, CODE_ALREADY_SENT: 1, RATE_LIMITED: 1, PAYLOAD_TOO_LARGE: 1, UNSUPPORTED_MEDIA_TYPE: 1,
  CARD_INVALID: 1,
  SMS_UNAVAILABLE: 1, SERVER_BUSY: 1, DATABASE_UNAVAILABLE: 1, INTERNAL: 1,
} satisfies Record<ApiErrorCode, 1>) as ApiErrorCode[];

describe('zh-CN catalogues', () => {
  it.each(REJECTION_CODES)('explains rejection %s in Chinese words', (code) => {
    expect(catalogue[`rejection.${code}`]).toMatch(CJK);
  });

  it.each(API_ERROR_CODES)('explains API error %s in Chinese words', (code) => {
    expect(catalogue[`apiError.${code}`]).toMatch(CJK);
    expect(isApiErrorCode(code)).toBe(true);
  });

  it('names every dish tag, meal, mode and mutation', () => {
    for (const tag of DISH_TAGS) expect(catalogue[`dishTag.${tag}`]).toMatch(CJK);
    for (const meal of MEALS) expect(catalogue[`meal.${meal}`]).toMatch(CJK);
    for (const mode of SERVICE_MODES) expect(catalogue[`mode.${mode}`]).toMatch(CJK);
    for (const name of MUTATION_NAMES) expect(catalogue[`mutation.${name}`]).toMatch(CJK);
  });

  it('says a full slot plainly', () => {
    expect(t('rejection.SLOT_FULL')).toBe('这一餐已经订满了，没能为您预订。');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('sync.pending', { count: 2 })).toBe('待同步 2 项');
    expect(t('login.demoCode', {})).toBe('演示验证码：{code}');
  });
});

describe('errorMessage', () => {
  it('maps local rejections, API errors and lost connections to words', () => {
    expect(errorMessage(new RejectionError({ code: 'PAST_CUTOFF', fields: [], message: 'closed' }))).toBe(t('rejection.PAST_CUTOFF'));
    expect(errorMessage(new ApiError(400, 'CODE_EXPIRED', 'expired'))).toBe('验证码已过期，请重新获取。');
    expect(errorMessage(new ApiError(0, 'NETWORK', 'failed to fetch'))).toBe(t('error.network'));
  });
});
