package com.qinglian.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether a request names something the application serves. The URL rules deny whatever they do not list,
 * which made a mistyped address answer 403 (or the sign-in page): a refused request for a path that no
 * controller or endpoint maps is answered 404 instead. Nothing is opened: the request is still refused;
 * only the answer changes. The static-resource fallback ({@code /**}) does not count as a mapping.
 */
public class UnknownPaths {

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    public UnknownPaths(ApplicationContext context) {
        this.context = context;
    }

    public boolean isUnknown(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (HandlerMapping mapping : mappings()) {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            // a path that exists for another method or media type: known, so the refusal stands as it is
            return false;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> found = mappings;
        if (found == null) {
            found = new ArrayList<>(
                    BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false)
                            .values());
            AnnotationAwareOrderComparator.sort(found);
            mappings = found;
        }
        return found;
    }
}
