/** 菜单管理, the canteen staff's menu editor. */
export const MENU_EDITOR_PATH = '/canteen/manage';
