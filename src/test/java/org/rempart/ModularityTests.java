package org.rempart;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(RempartApplication.class).verify();
    }
}
