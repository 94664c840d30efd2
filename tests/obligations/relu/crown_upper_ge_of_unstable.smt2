; torchsmt obligation relu.crown_upper_ge_of_unstable (lemma, op relu, crown)
; l < 0 < u, x in [l, u] -> relu x <= u (x - l) / (u - l) (cross-multiplied)
(set-info :source |torchsmt lemma relu.crown_upper_ge_of_unstable kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun l () Real)
(declare-fun u () Real)
(declare-fun x () Real)
(assert
 (< l 0.0))
(assert
 (> u 0.0))
(assert
 (<= l x))
(assert
 (<= x u))
(assert
 (let (($x19 (<= (* (ite (< 0.0 x) x 0.0) (- u l)) (* u (- x l)))))
(not $x19)))
(check-sat)
