package com.qinglian.campaign;

import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.SettingsYaml;
import com.qinglian.shared.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/** A campaign's scoring settings are kept as the scoring engine's YAML; this checks and reads them. */
@Component
public class CampaignSettingsFormat {

    /** The domain's defaults written out, as the starting point of a new campaign's settings. */
    public static final String DEFAULT = """
            # 等次:总分不低于 min 即为该等次(从高到低)
            grades:
              - {grade: 优秀, min: 90}
              - {grade: 良好, min: 80}
              - {grade: 合格, min: 60}
              - {grade: 不合格, min: 0}
            # 总分下限
            floor: 0
            # 同一细则有多名考评员评分时:average(取平均,按步长向下取整)、lead(以组长评分为准)或 reject(不允许)
            multipleScores: average
            # 一票否决(示例:发生第四种形态处理的,等次最高为不合格)
            vetoes:
              - name: 第四种形态一票否决
                when: {anyCaseOf: [FORM4]}
                effect: capGrade
                grade: 不合格
            """;

    public List<InputProblem> problems(String yaml) {
        try {
            read(yaml);
            return List.of();
        } catch (SettingsYaml.Refused e) {
            return List.of(InputProblem.of(0, "settings", e.key(), e.args().toArray()));
        } catch (IllegalArgumentException e) {
            return List.of(InputProblem.of(0, "settings", "campaign.error.settings", e.getMessage()));
        }
    }

    /** What in readable settings does not fit the rubric: vetoes on rules the rubric lacks. */
    public List<InputProblem> problemsWith(String yaml, Rubric rubric) {
        return ScoringEngine.unknownVetoRules(rubric, read(yaml)).stream()
                .map(u -> InputProblem.of(0, "settings", "campaign.error.vetoRule", u.veto(), u.ruleCode()))
                .toList();
    }

    public Settings read(String yaml) {
        return SettingsYaml.read((yaml == null ? "" : yaml).getBytes(StandardCharsets.UTF_8));
    }
}
