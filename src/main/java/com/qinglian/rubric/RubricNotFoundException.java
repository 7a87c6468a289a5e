package com.qinglian.rubric;

import com.qinglian.shared.NotFoundException;

/** No rubric with that code and version. */
public class RubricNotFoundException extends NotFoundException {

    public RubricNotFoundException(String code, String version) {
        super("no rubric " + code + "/" + version);
    }
}
