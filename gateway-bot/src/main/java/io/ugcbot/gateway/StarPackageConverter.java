package io.ugcbot.gateway;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code STARS_PACKAGES}' "credits:stars" items into packages. */
@Component
@ConfigurationPropertiesBinding
class StarPackageConverter implements Converter<String, GatewayProperties.StarPackage> {

    @Override
    public GatewayProperties.StarPackage convert(String source) {
        return GatewayProperties.StarPackage.parse(source);
    }
}
