; torchsmt obligation leaky_relu.jvp_eq_dual@2x2 (lemma, op leaky_relu, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 2),), off kinks
(set-info :source |torchsmt lemma leaky_relu.jvp_eq_dual@2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let (($x15 (< 0.0 x0_0_0)))
(let (($x64 (= (* v0_0_0 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite $x15 1.0 0.0)))) (ite $x15 v0_0_0 (+ (* v0_0_0 (/ 1.0 2.0)) (* x0_0_0 0.0))))))
(not $x64))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun v0_0_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let (($x17 (< 0.0 x0_0_1)))
(let (($x65 (= (* v0_0_1 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite $x17 1.0 0.0)))) (ite $x17 v0_0_1 (+ (* v0_0_1 (/ 1.0 2.0)) (* x0_0_1 0.0))))))
(not $x65))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let (($x19 (< 0.0 x0_1_0)))
(let (($x66 (= (* v0_1_0 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite $x19 1.0 0.0)))) (ite $x19 v0_1_0 (+ (* v0_1_0 (/ 1.0 2.0)) (* x0_1_0 0.0))))))
(not $x66))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun v0_1_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (let (($x21 (< 0.0 x0_1_1)))
(let (($x67 (= (* v0_1_1 (+ (/ 1.0 2.0) (* (/ 1.0 2.0) (ite $x21 1.0 0.0)))) (ite $x21 v0_1_1 (+ (* v0_1_1 (/ 1.0 2.0)) (* x0_1_1 0.0))))))
(not $x67))))
(check-sat)
