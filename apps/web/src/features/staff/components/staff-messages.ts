import { extendMessages } from '@/lib/i18n/i18n-provider.tsx';
import { uiStaffEn } from '@/lib/i18n/ui-staff-en.ts';
import { uiStaffZhCn } from '@/lib/i18n/ui-staff-zh-cn.ts';
import './staff.css';

// The back office's wording and styles travel with the staff chunk only: the citizen's
// landing page never downloads them (ADR 003, bundle budget).
extendMessages({ 'zh-CN': uiStaffZhCn, en: uiStaffEn });
