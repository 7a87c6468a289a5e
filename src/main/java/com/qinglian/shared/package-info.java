/** Building blocks every module may use: clock, language, common errors, imports and downloads. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.qinglian.shared;
