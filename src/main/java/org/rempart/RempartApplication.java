package org.rempart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RempartApplication {

    public static void main(String[] args) {
        SpringApplication.run(RempartApplication.class, args);
    }
}
