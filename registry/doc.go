// Package registry hands out institution codes — the 13-character filing
// numbers (机构备案号) of evaluation institutions — and keeps their lifecycle:
// assigned, cancelled, merged, absorbed. A retired code is never assigned
// again.
//
//	reg, err := registry.Open(&registry.FileStore{Path: "codes.json", Create: true})
//	f, err := reg.Assign(registry.Request{Category: 'S', Province: "34", Area: "01"}) // S000034010001
//	err = reg.Cancel(f) // retired for good: 人社鉴发〔2019〕2号 附件1 四（一）
//
// The ranges codes are drawn from are those the provinces' coding rules
// define: Guangdong (《广东省职业技能等级证书编码规则实施方案（企业2021版）》),
// Henan, Anhui (皖人社秘〔2020〕65号 附件3 第一部分) and Chongqing employers
// (渝人社发〔2020〕42号 附件6). A FileStore keeps the registry in one JSON file
// with a checksum, written atomically and locked while a change is made, so
// that a crash never loses or repeats a code and registries in several
// processes on one file take turns.
package registry
