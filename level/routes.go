package level

// Route is one row of a 贯通 table: a holder of Level who has worked the given
// number of years since obtaining it may apply for (or, in Henan, be assessed
// for) a professional title (职称) of the given rank.
type Route struct {
	Level     Level  // the skill level held
	Title     string // the title rank, as the document writes it: "助理级", "中级", "副高级", …
	Years     int    // years of work after obtaining Level
	Condition string // a further condition the row states, in Chinese; "" for none
	Source    string // the document and section the row is read from
}

// nationalRoutes is 人社部发〔2020〕96号 (003 L522): 高级工 → 助理级 after 2 years,
// 技师 → 中级 after 3, 高级技师 → 副高级 after 4.
var nationalRoutes = []Route{
	{Three, "助理级", 2, "", "人社部发〔2020〕96号"}, // 003 L522
	{Two, "中级", 3, "", "人社部发〔2020〕96号"},    // 003 L522
	{One, "副高级", 4, "", "人社部发〔2020〕96号"},   // 003 L522
}

// henanRoutes is 豫人社规〔2021〕1号 section 五 (003 L3959–3995). It starts at
// 中级工 and maps 高级技师 to 高级 where the national table says 副高级. The award-only routes (河南省技术能手, 全国技术能手,
// 中原技能大奖, 特级技师, 中华技能大奖; 003 L3977, L3987, L3993–3994) name no
// skill level and are not rows here.
var henanRoutes = []Route{
	{Four, "员级", 1, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                      // 003 L3965
	{Four, "助理级", 5, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                     // 003 L3965
	{Three, "员级", 1, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                     // 003 L3967
	{Three, "助理级", 2, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                    // 003 L3967
	{Two, "助理级", 1, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                      // 003 L3969
	{Two, "中级", 3, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                       // 003 L3975
	{One, "高级", 4, "在岗且从事本专业", "豫人社规〔2021〕1号 五"},                       // 003 L3983–3985
	{One, "正高级", 18, "获得“全国技术能手”或“中原技能大奖”，在岗且从事本专业", "豫人社规〔2021〕1号 五"}, // 003 L3995
}

// NationalRoutes returns the national 贯通 table, 人社部发〔2020〕96号, the
// default. The slice is a fresh copy.
func NationalRoutes() []Route { return append([]Route(nil), nationalRoutes...) }

// HenanRoutes returns Henan's 贯通 table, 豫人社规〔2021〕1号. The slice is a
// fresh copy.
func HenanRoutes() []Route { return append([]Route(nil), henanRoutes...) }

// Open returns the routes of table that a holder of l with the given years of
// work after obtaining it may take, in table order. The row's Condition, if
// any, still has to be met.
func Open(table []Route, l Level, years int) []Route {
	var out []Route
	for _, r := range table {
		if r.Level == l && years >= r.Years {
			out = append(out, r)
		}
	}
	return out
}
