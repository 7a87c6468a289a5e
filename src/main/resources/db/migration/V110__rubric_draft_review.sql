-- A draft read from a Word table or copied text keeps what the organiser checks it against: the source lines,
-- the lines each node and rule was read from, and the doubts the importer listed instead of deciding. All of it
-- belongs to the draft and goes with it. (The origin check is widened in db/vendor: its name differs.)
CREATE TABLE rubric_draft_source (
    rubric_id BIGINT  NOT NULL REFERENCES rubric (id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL CHECK (line_no >= 1),
    content   TEXT    NOT NULL,
    PRIMARY KEY (rubric_id, line_no)
);

COMMENT ON TABLE rubric_draft_source IS '导入草稿的原文(每行一条)';

CREATE TABLE rubric_draft_node_lines (
    rubric_id BIGINT      NOT NULL REFERENCES rubric (id) ON DELETE CASCADE,
    code      VARCHAR(64) NOT NULL,
    line_from INTEGER     NOT NULL,
    line_to   INTEGER     NOT NULL,
    PRIMARY KEY (rubric_id, code),
    CHECK (line_from >= 1 AND line_to >= line_from)
);

COMMENT ON TABLE rubric_draft_node_lines IS '草稿各节点、规则读自原文的行';

CREATE TABLE rubric_draft_doubt (
    rubric_id  BIGINT        NOT NULL REFERENCES rubric (id) ON DELETE CASCADE,
    doubt_no   INTEGER       NOT NULL CHECK (doubt_no >= 1),
    kind       VARCHAR(32)   NOT NULL,
    node_code  VARCHAR(64)   NOT NULL,
    line_from  INTEGER       NOT NULL,
    line_to    INTEGER       NOT NULL,
    settled_by VARCHAR(64),
    settled_at TIMESTAMP WITH TIME ZONE,
    note       VARCHAR(1000),
    PRIMARY KEY (rubric_id, doubt_no),
    CHECK (line_from >= 1 AND line_to >= line_from),
    CHECK ((settled_by IS NULL AND settled_at IS NULL AND note IS NULL)
        OR (settled_by IS NOT NULL AND settled_at IS NOT NULL AND note IS NOT NULL))
);

COMMENT ON TABLE rubric_draft_doubt IS '导入草稿的存疑之处,发布前须逐条确认';

-- The words a doubt's message needs, in order (a text, declared and summed points).
CREATE TABLE rubric_draft_doubt_arg (
    rubric_id BIGINT  NOT NULL,
    doubt_no  INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    arg       TEXT    NOT NULL,
    PRIMARY KEY (rubric_id, doubt_no, position),
    FOREIGN KEY (rubric_id, doubt_no) REFERENCES rubric_draft_doubt (rubric_id, doubt_no) ON DELETE CASCADE
);
