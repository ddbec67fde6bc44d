"""Item templates of a body ("Modèles de points"), items made from them and
recurring items added to every new meeting."""
