package com.qinglian.demo;

import java.util.List;

/** Plausible names for the demo district's units: the agencies, and stations in each town and street. */
final class DemoNames {

    private DemoNames() {}

    static final List<String> AGENCIES = List.of(
            "区委办公室",
            "区人大常委会办公室",
            "区政府办公室",
            "区政协办公室",
            "区纪委区监委机关",
            "区委组织部",
            "区委宣传部",
            "区委统战部",
            "区委政法委",
            "区发展和改革局",
            "区教育局",
            "区科技局",
            "区公安分局",
            "区民政局",
            "区司法局",
            "区财政局",
            "区人力资源和社会保障局",
            "自然资源和规划分局",
            "区住房和城乡建设局",
            "区交通运输局",
            "区农业农村局",
            "区水利局",
            "区商务局",
            "区文化广电旅游体育局",
            "区卫生健康局",
            "区退役军人事务局",
            "区应急管理局",
            "区审计局",
            "区市场监督管理分局",
            "区统计局",
            "区医疗保障分局",
            "区综合行政执法局",
            "区信访局",
            "区机关事务服务中心",
            "区投资促进中心",
            "区大数据发展管理中心",
            "生态环境分局",
            "区档案馆",
            "区总工会",
            "团区委");

    static final List<String> PLACES =
            List.of("景山", "新桥", "娄桥", "潘桥", "郭溪", "瞿溪", "梧田", "南白象", "茶山", "三垟", "丽岙", "仙岩", "泽雅", "东方");

    /** Station kinds with the agency (index into {@link #AGENCIES}) each belongs to. */
    record StationKind(String suffix, int agency) {}

    static final List<StationKind> STATION_KINDS = List.of(
            new StationKind("市场监管所", 28),
            new StationKind("司法所", 14),
            new StationKind("财政所", 15),
            new StationKind("自然资源所", 17),
            new StationKind("派出所", 12),
            new StationKind("卫生院", 24));

    static final String[] SURNAMES = {"王", "李", "张", "陈", "林", "黄", "周", "吴", "徐", "郑", "胡", "潘", "金", "叶", "朱"};
    static final String[] GIVEN = {"伟", "芳", "敏", "静", "磊", "洁", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平"};
}
