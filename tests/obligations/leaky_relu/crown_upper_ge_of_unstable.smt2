; torchsmt obligation leaky_relu.crown_upper_ge_of_unstable (lemma, op leaky_relu, crown)
; l < 0 < u, x in [l, u] -> leaky_relu x <= chord through (l, f l) and (u, f u)
(set-info :source |torchsmt lemma leaky_relu.crown_upper_ge_of_unstable kind lemma|)
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
 (let ((?x19 (ite (< 0.0 l) l (* l (/ 1.0 100.0)))))
(let (($x29 (<= (* (- (ite (< 0.0 x) x (* x (/ 1.0 100.0))) ?x19) (- u l)) (* (- (ite (< 0.0 u) u (* u (/ 1.0 100.0))) ?x19) (- x l)))))
(not $x29))))
(check-sat)
