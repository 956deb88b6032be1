import type { Member } from '../../shared/member';

/** The demo street office (示范街道) and its five communities. */
export const DEMO_STREET_OFFICE = { id: 'demo-street', name: '示范街道' } as const;
export const DEMO_COMMUNITIES = [
  { id: 'lingyun', name: '凌云社区' },
  { id: 'cangnanjie', name: '仓南街社区' },
  { id: 'bixiahu', name: '碧霞湖社区' },
  { id: 'nongnaner', name: '农南二社区' },
  { id: 'nongnanyi', name: '农南一社区' },
] as const;

/** People of the demo, with their login phones; a resident without a phone is served by staff. */
export const DEMO_PEOPLE: (Omit<Member, 'hasLogin'> & { phone: string | null })[] = [
  { id: 'u-wang-xiuying', communityId: 'lingyun', householdId: 'hh-wang', name: '王秀英', role: 'resident', birthDate: '1946-03-12', ageVerified: true, groups: [], phone: '13800000001' },
  { id: 'u-li-na', communityId: 'lingyun', householdId: 'hh-wang', name: '李娜', role: 'resident', birthDate: '1985-07-20', ageVerified: true, groups: [], phone: '13800000002' },
  { id: 'u-zhang-wei', communityId: 'lingyun', householdId: 'hh-zhang', name: '张伟', role: 'resident', birthDate: '1993-10-02', ageVerified: true, groups: ['newEmployment'], phone: '13800000003' },
  { id: 'u-chen-guilan', communityId: 'cangnanjie', householdId: 'hh-chen', name: '陈桂兰', role: 'resident', birthDate: '1941-05-08', ageVerified: true, groups: [], phone: '13800000004' },
  { id: 'u-liu-yang', communityId: 'lingyun', householdId: 'hh-liu', name: '刘洋', role: 'volunteer', birthDate: '1999-04-15', ageVerified: false, groups: [], phone: '13800000005' },
  { id: 'u-zhao-min', communityId: 'lingyun', householdId: null, name: '赵敏', role: 'staff', birthDate: null, ageVerified: false, groups: [], phone: '13800000006' },
  { id: 'u-zhou-li', communityId: 'cangnanjie', householdId: null, name: '周丽', role: 'staff', birthDate: null, ageVerified: false, groups: [], phone: '13800000007' },
  { id: 'u-sun-qiang', communityId: 'lingyun', householdId: null, name: '孙强', role: 'admin', birthDate: null, ageVerified: false, groups: [], phone: '13800000008' },
  { id: 'u-wu-defu', communityId: 'lingyun', householdId: 'hh-wu', name: '吴德福', role: 'resident', birthDate: '1938-12-01', ageVerified: true, groups: [], phone: null },
  // 农南二社区 and 仓南街社区's residents and volunteers (帮办代办)
  { id: 'u-he-shufen', communityId: 'nongnaner', householdId: 'hh-he', name: '何淑芬', role: 'resident', birthDate: '1944-02-18', ageVerified: true, groups: [], phone: '13800000021' },
  { id: 'u-he-jun', communityId: 'nongnaner', householdId: 'hh-he', name: '何军', role: 'resident', birthDate: '1972-09-03', ageVerified: true, groups: [], phone: '13800000022' },
  { id: 'u-ma-lihua', communityId: 'nongnaner', householdId: 'hh-ma', name: '马丽华', role: 'volunteer', birthDate: '1968-05-11', ageVerified: false, groups: ['帮办代办'], phone: '13800000023' },
  { id: 'u-gao-peng', communityId: 'nongnaner', householdId: null, name: '高鹏', role: 'volunteer', birthDate: '2003-10-21', ageVerified: false, groups: ['暖巢'], phone: '13800000024' },
  { id: 'u-tian-jing', communityId: 'nongnaner', householdId: null, name: '田静', role: 'staff', birthDate: null, ageVerified: false, groups: ['网格员'], phone: '13800000025' },
  { id: 'u-lu-xiaoyun', communityId: 'cangnanjie', householdId: null, name: '卢晓云', role: 'volunteer', birthDate: '1990-01-30', ageVerified: false, groups: ['暖巢'], phone: '13800000026' },
  { id: 'u-qian-baogen', communityId: 'nongnaner', householdId: 'hh-qian', name: '钱宝根', role: 'resident', birthDate: '1936-07-07', ageVerified: true, groups: [], phone: null },
  // 碧霞湖社区's families and event organisers (活动)
  { id: 'u-lin-fang', communityId: 'bixiahu', householdId: 'hh-lin', name: '林芳', role: 'resident', birthDate: '1987-03-15', ageVerified: true, groups: [], phone: '13800000011' },
  { id: 'u-lin-xiaoyu', communityId: 'bixiahu', householdId: 'hh-lin', name: '林小宇', role: 'resident', birthDate: '2017-04-20', ageVerified: false, groups: [], phone: null },
  { id: 'u-lin-xiaoyu2', communityId: 'bixiahu', householdId: 'hh-lin', name: '林小雨', role: 'resident', birthDate: '2020-06-08', ageVerified: false, groups: [], phone: null },
  { id: 'u-he-jing', communityId: 'bixiahu', householdId: null, name: '何静', role: 'staff', birthDate: null, ageVerified: false, groups: ['活动组织者'], phone: '13800000012' },
  { id: 'u-huang-lei', communityId: 'bixiahu', householdId: 'hh-huang', name: '黄磊', role: 'resident', birthDate: '1985-11-02', ageVerified: true, groups: [], phone: '13800000013' },
  { id: 'u-huang-xiaoming', communityId: 'bixiahu', householdId: 'hh-huang', name: '黄小明', role: 'resident', birthDate: '2016-09-01', ageVerified: false, groups: [], phone: null },
  { id: 'u-song-wen', communityId: 'bixiahu', householdId: null, name: '宋文', role: 'staff', birthDate: null, ageVerified: false, groups: ['活动组织者'], phone: '13800000014' },
];

/** Households of the demo people. */
export const DEMO_HOUSEHOLDS = [
  { id: 'hh-wang', communityId: 'lingyun', name: '王秀英家' },
  { id: 'hh-zhang', communityId: 'lingyun', name: '张伟家' },
  { id: 'hh-chen', communityId: 'cangnanjie', name: '陈桂兰家' },
  { id: 'hh-liu', communityId: 'lingyun', name: '刘洋家' },
  { id: 'hh-wu', communityId: 'lingyun', name: '吴德福家' },
  // 帮办代办
  { id: 'hh-he', communityId: 'nongnaner', name: '何淑芬家' },
  { id: 'hh-ma', communityId: 'nongnaner', name: '马丽华家' },
  { id: 'hh-qian', communityId: 'nongnaner', name: '钱宝根家' },
  // 活动
  { id: 'hh-lin', communityId: 'bixiahu', name: '林芳家' },
  { id: 'hh-huang', communityId: 'bixiahu', name: '黄磊家' },
] as const;

/** Demo logins for the README: phone, name and what the account shows. In demo mode the code is in the reply. */
export const DEMO_LOGINS = [
  { phone: '13800000001', name: '王秀英', what: '凌云社区 resident, 80 (elder price, delivery at 初心食堂)' },
  { phone: '13800000002', name: '李娜', what: '王秀英’s daughter, same household: books for her mother' },
  { phone: '13800000003', name: '张伟', what: 'delivery rider (newEmployment): 9.90 worker lunch' },
  { phone: '13800000004', name: '陈桂兰', what: '仓南街社区 resident, 85: 站南爱老公益食堂' },
  { phone: '13800000005', name: '刘洋', what: '凌云社区 volunteer' },
  { phone: '13800000006', name: '赵敏', what: '凌云社区 staff, 初心食堂 manager (菜单管理); books for 吴德福 (no phone)' },
  { phone: '13800000007', name: '周丽', what: '仓南街社区 staff, runs 站南爱老公益食堂: next week’s menu is hers to write in 菜单管理' },
  { phone: '13800000008', name: '孙强', what: '示范街道 administrator: all five communities' },
  // 帮办代办
  { phone: '13800000021', name: '何淑芬', what: '农南二社区 resident, 82, lives alone: asks for help; visited every Tuesday (敲门行动)' },
  { phone: '13800000022', name: '何军', what: '何淑芬’s son, same household: asks for help for his mother' },
  { phone: '13800000023', name: '马丽华', what: '农南二社区 volunteer, 帮办代办 team' },
  { phone: '13800000024', name: '高鹏', what: '农南二社区 volunteer, 暖巢 service supermarket' },
  { phone: '13800000025', name: '田静', what: '农南二社区 grid worker (staff): dispatches, files for 钱宝根 (no phone)' },
  { phone: '13800000026', name: '卢晓云', what: '仓南街社区 volunteer, 暖巢 service supermarket' },
  // 活动
  { phone: '13800000011', name: '林芳', what: '碧霞湖社区 parent of 林小宇 (9) and 林小雨 (6): signs the family up for events' },
  { phone: '13800000012', name: '何静', what: '碧霞湖社区 staff, event organiser: roster, CSV, check-in at the door' },
  { phone: '13800000013', name: '黄磊', what: '碧霞湖社区 parent of 黄小明 (10)' },
  { phone: '13800000014', name: '宋文', what: '碧霞湖社区 staff, a second check-in device' },
] as const;
