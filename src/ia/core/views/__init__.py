"""Display views shared by the products' documents."""
