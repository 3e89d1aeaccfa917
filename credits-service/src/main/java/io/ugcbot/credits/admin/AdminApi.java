package io.ugcbot.credits.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose every handler needs the admin API key. The guard looks at the handler Spring MVC matched,
 * so however a path is spelled ({@code /admin;x/…}, {@code /%61dmin/…}, {@code //admin/…}), if it reaches an admin
 * handler, the key is checked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface AdminApi {
}
